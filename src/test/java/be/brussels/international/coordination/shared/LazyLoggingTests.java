package be.brussels.international.coordination.shared;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring logs through Commons Logging and writes {@code logger.debug(LogMessage.format(...))}, trusting the
 * message to be rendered only when debug is on. Commons Logging's own SLF4J bridge renders it first and lets
 * Logback drop it (spring-framework issue 37266): measured, a {@code String.format} in every role check of
 * every request. META-INF/services names the Log4j API bridge instead, which asks the level first and still
 * ends in Logback.
 */
class LazyLoggingTests {

    private static final String NAME = LazyLoggingTests.class.getName();

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);

    private final ListAppender<ILoggingEvent> written = new ListAppender<>();

    @BeforeEach
    void listen() {
        logback.setLevel(Level.INFO);
        written.start();
        logback.addAppender(written);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(written);
        logback.setLevel(null);
    }

    @Test
    void aMessageBelowTheLevelIsNeverRendered() {
        AtomicInteger rendered = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                rendered.incrementAndGet();
                return "rendered";
            }
        };

        LogFactory.getLog(NAME).debug(message);

        assertThat(rendered).hasValue(0);
        assertThat(written.list).isEmpty();
    }

    @Test
    void messagesStillReachLogback() {
        Log log = LogFactory.getLog(NAME);

        log.info("Ça marche");
        log.debug("not at info");

        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Ça marche");
        assertThat(written.list.get(0).getLoggerName()).isEqualTo(NAME);
    }
}
