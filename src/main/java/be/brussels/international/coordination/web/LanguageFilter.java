package be.brussels.international.coordination.web;

import java.io.IOException;

import be.brussels.international.coordination.shared.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Applies {@code ?lang=} (remembered in the language cookie); anything that is not one of our languages switches to
 * French. Before Spring Security's filters: an address given with its language to someone not signed in yet
 * ({@code /partners/quebec?lang=nl}) shows the login page it leads to in that language, as the page after it.
 * <p>
 * Never read from an upload's body, left to the upload's own limits. Parameters that cannot be decoded ({@code
 * ?q=%ZZ}) are refused by the application's own 400 page: Tomcat reports it to the first reader only, this filter,
 * which keeps it for {@link WebConfiguration}'s check before every handler.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class LanguageFilter extends OncePerRequestFilter {

    /** The request attribute holding the parameters' decoding error, thrown again before the page is made. */
    static final String UNDECODABLE = LanguageFilter.class.getName() + ".undecodable";

    private final LocaleResolver languages;

    LanguageFilter(LocaleResolver languages) {
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
        if (!upload) {
            try {
                String language = request.getParameter(WebConfiguration.LANGUAGE_PARAMETER);
                if (language != null) {
                    languages.setLocale(request, response, Languages.supported(language));
                }
            }
            catch (InvalidParameterException undecodable) {
                // Tomcat says it once: kept for the application's own 400 page, in the reader's language.
                request.setAttribute(UNDECODABLE, undecodable);
            }
        }
        chain.doFilter(request, response);
    }
}
