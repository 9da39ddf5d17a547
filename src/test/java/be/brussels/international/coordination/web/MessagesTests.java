package be.brussels.international.coordination.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.partner.Continent;
import be.brussels.international.coordination.partner.PartnerKind;
import be.brussels.international.coordination.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the interface exists in French, Dutch and English, and comes from the message files. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Map<String, String> BUNDLES = Map.of("fr", "messages.properties", "nl",
            "messages_nl.properties", "en", "messages_en.properties");

    /** Text that may stand in a template: spaces, punctuation and symbols, never words. */
    private static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{Punct}\\p{S}·–—]*");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void everyLanguageHasEveryKeyWithAText() throws IOException {
        Map<String, Properties> bundles = new java.util.HashMap<>();
        Set<String> allKeys = new TreeSet<>();
        for (var bundle : BUNDLES.entrySet()) {
            Properties messages = load(bundle.getValue());
            bundles.put(bundle.getKey(), messages);
            allKeys.addAll(messages.stringPropertyNames());
        }
        for (var bundle : bundles.entrySet()) {
            assertThat(bundle.getValue().stringPropertyNames()).as("keys of %s", bundle.getKey())
                    .containsExactlyInAnyOrderElementsOf(allKeys);
            bundle.getValue().forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, bundle.getKey())
                    .isNotBlank());
        }
    }

    /**
     * A count is said in words that agree with it ({@code {0,choice,1#1 date|1<{0} dates}}), never with a bracketed
     * plural (« 4 date(s) », « 3 datum(s) », « minuut/minuten »), which reads as a form to fill in.
     */
    @Test
    void noTextHedgesItsPlural() throws IOException {
        Pattern hedged = Pattern.compile("\\p{L}\\((s|en|sen|es|e)\\)|\\bminuut/minuten\\b");
        for (String bundle : BUNDLES.values()) {
            List<String> found = new ArrayList<>();
            load(bundle).forEach((key, text) -> {
                if (hedged.matcher(text.toString()).find()) {
                    found.add(key + "=" + text);
                }
            });
            assertThat(found).as(bundle).isEmpty();
        }
    }

    /** A key written twice says two things, of which only the last is ever shown. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : BUNDLES.values()) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
            assertThat(keys).as("keys of %s", bundle).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties french = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!french.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelOfAnEnumExists() throws IOException {
        Properties french = load("messages.properties");
        List<String> expected = new ArrayList<>();
        Stream.of(PartnerKind.values()).forEach(k -> expected.add("partner.kind." + k));
        Stream.of(Continent.values()).forEach(c -> expected.add("partner.continent." + c));
        Stream.of(DossierKind.values()).forEach(k -> expected.add("dossier.kind." + k));
        Stream.of("BILATERAL", "DEVELOPMENT_COOPERATION").forEach(r -> expected.add("partner.relation." + r));
        Stream.of(Role.values()).forEach(r -> expected.add("security.role." + r));
        Stream.of("fr", "nl", "en").forEach(l -> expected.add("layout.language." + l));
        assertThat(french.stringPropertyNames()).containsAll(expected);
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                for (TextNode node : element.textNodes()) {
                    if (!NO_WORDS.matcher(node.getWholeText()).matches()) {
                        literals.add(TEMPLATES.relativize(template) + ": \"" + node.text().trim() + "\"");
                    }
                }
                for (String attribute : List.of("title", "alt", "placeholder", "aria-label")) {
                    if (element.hasAttr(attribute) && !NO_WORDS.matcher(element.attr(attribute)).matches()) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
                                + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessagesTests.class.getResourceAsStream("/" + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
