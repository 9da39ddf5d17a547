package be.brussels.international.coordination.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's texts ({@code messages*.properties}, UTF-8), as Spring Boot would configure them, with one
 * difference. Spring keeps one formatter per message and language and formats a message with arguments while
 * holding it: every page formatting the same message (a count in the layout, a date on each row) waited for the
 * others. Under load those waits reached 30–55 ms a page (JFR, issue 23). Here each use formats with its own copy.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new UnsharedFormats();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        // French is the fallback (messages.properties), never the server's own language.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Formats a message with arguments on a copy of the formatter kept for it, never on the shared one. */
    static final class UnsharedFormats extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }
}
