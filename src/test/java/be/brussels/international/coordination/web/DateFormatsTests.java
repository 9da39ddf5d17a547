package be.brussels.international.coordination.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates are written as every page writes them ({@code format.*} messages, {@code Dates}): Java's localized styles
 * write English the American way (« Mar 12, 2027 », « 8:00 PM »), which the search's suggestions and a one-time
 * link's e-mail did while every other English page wrote « 12 Mar 2027 ».
 */
class DateFormatsTests {

    @Test
    void noCodeUsesJavasLocalizedDateStyles() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> found = sources.filter(path -> path.toString().endsWith(".java")).filter(path -> {
                try {
                    String text = Files.readString(path);
                    return text.contains("ofLocalizedDate") || text.contains("ofLocalizedTime");
                }
                catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(found).isEmpty();
        }
    }
}
