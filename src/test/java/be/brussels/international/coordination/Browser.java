package be.brussels.international.coordination;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser of MockMvc's: sends back the cookies it was given, as a browser does — the session's among them.
 * Sessions are Spring Session's, in PostgreSQL, found by their {@code SESSION} cookie; a {@code MockHttpSession}
 * is not the session. Used as {@code mvc.perform(get("/").with(browser))}; every answer is handed back to the
 * browser that sent the request ({@link Answers}, in the tests' MockMvc).
 */
public final class Browser implements RequestPostProcessor {

    private static final String ATTRIBUTE = Browser.class.getName();

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
        Map<String, Cookie> sent = new LinkedHashMap<>(cookies);
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                sent.put(cookie.getName(), cookie);
            }
        }
        if (!sent.isEmpty()) {
            request.setCookies(sent.values().toArray(Cookie[]::new));
        }
        return request;
    }

    /** The session's cookie as the browser holds it now (Spring Session's {@code SESSION}), or null. */
    public String sessionCookie() {
        Cookie session = cookies.get("SESSION");
        return session == null ? null : session.getValue();
    }

    /** Keeps what the answer set, forgets what it expired. */
    private void keep(MockHttpServletResponse response) {
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            }
            else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }

    /** Hands every answer of the tests' MockMvc back to the browser that asked, if one did. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Answers {

        @Bean
        MockMvcBuilderCustomizer answersToBrowsers() {
            return builder -> builder.alwaysDo(result -> {
                if (result.getRequest().getAttribute(ATTRIBUTE) instanceof Browser browser) {
                    browser.keep(result.getResponse());
                }
            });
        }
    }
}
