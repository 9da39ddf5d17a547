package be.brussels.international.coordination.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.CurrentUrl;
import be.brussels.international.coordination.shared.Countries;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.Refused;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs to know, as {@code ${@app...}} in templates (error pages included,
 * which no controller advice reaches).
 */
@Component("app")
public class ApplicationInfo {

    private final boolean demo;

    private final String bootstrapVersion;

    private final String htmxVersion;

    private final long documentMaxMegabytes;

    private final Clock clock;

    private final MessageSource messages;

    ApplicationInfo(@Value("${coordination.demo:false}") boolean demo,
            @Value("${coordination.assets.bootstrap-version}") String bootstrapVersion,
            @Value("${coordination.assets.htmx-version}") String htmxVersion,
            @Value("${coordination.documents.max-bytes}") long documentMaxBytes, Clock clock, MessageSource messages) {
        this.demo = demo;
        this.documentMaxMegabytes = documentMaxBytes / (1024 * 1024);
        this.bootstrapVersion = bootstrapVersion;
        this.htmxVersion = htmxVersion;
        this.clock = clock;
        this.messages = messages;
    }

    /** A message with arguments held in an array (a refusal's, carried by a flash attribute). */
    public String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, Refused.localized(arguments, locale), locale);
    }

    /** The largest document one may upload, in MB, as the 413 page states it. */
    public long getDocumentMaxMegabytes() {
        return documentMaxMegabytes;
    }

    /** Today in Brussels: what "from <date>" and "since <date>" compare with. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** True in the development run, where every login has the password "demo": the layout says so. */
    public boolean isDemo() {
        return demo;
    }

    /** In the asset path, so that no classpath lookup is needed to serve it (see README, Performance). */
    public String getBootstrapVersion() {
        return bootstrapVersion;
    }

    /** Likewise for htmx (the header search's suggestions). */
    public String getHtmxVersion() {
        return htmxVersion;
    }

    public List<Locale> getLanguages() {
        return Languages.SUPPORTED;
    }

    public String language(Locale locale) {
        return Languages.of(locale);
    }

    /** The country's name in the reader's language, from its ISO 3166-1 code ("CA" → "Canada"). */
    public String country(String countryCode, Locale locale) {
        return Countries.name(countryCode, locale);
    }

    /**
     * The list being shown, as a file ({@code csv} or {@code xlsx}): same path, same filters and order, every
     * page.
     */
    public String exportUrl(String format) {
        return CurrentUrl.with(url -> url.replaceQueryParam("page").replaceQueryParam("export", format));
    }

    /**
     * The page being shown, in another language: same path, same filters. On an error page, the page that
     * failed (the servlet container's error attributes).
     */
    public String languageUrl(String language) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failedUri != null ? failedUri.toString() : request.getRequestURI();
        String query = failedUri != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build()
                .toUriString();
    }
}
