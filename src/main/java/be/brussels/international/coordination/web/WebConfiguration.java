package be.brussels.international.coordination.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.shared.DateBounds;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.StaticFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The language of the interface: French unless the reader chose another with {@code ?lang=nl|en|fr},
 * remembered in a cookie. An unknown language gives French. The browser's Accept-Language is not
 * consulted: French is the administration's default.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    /**
     * An encoded slash or backslash in a path ({@code /partners/quebec%2F}) reaches the application, whose firewall
     * (Spring Security's) refuses it with the application's 400 page in the reader's language — Tomcat refused it
     * with its own bare one. Nothing more is accepted: the firewall refuses what Tomcat refused.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> encodedSlashesRefusedByTheApplication() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("coordination-lang");
        resolver.setDefaultLocale(Languages.DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        // A cookie that is no language (typed by hand, another application's) reads as French, never as an error.
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    /**
     * Flash attributes (a message after saving, a refused form) live in the session: never looked for when a page's
     * static file is served, which would otherwise read and write the session in PostgreSQL for each of them.
     */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {
            @Override
            protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                return StaticFiles.isStaticFile(request) ? null : super.retrieveFlashMaps(request);
            }
        };
    }

    /** Parameters that could not be decoded (see {@link LanguageFilter}): the 400 page, before any handler reads them. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(LanguageFilter.UNDECODABLE) instanceof InvalidParameterException undecodable) {
                    throw undecodable;
                }
                return true;
            }
        });
    }

    /** Every date a form or a parameter brings is an ISO date within {@link DateBounds}, or a field error. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, DateBounds.formatter());
    }
}
