package be.brussels.international.coordination.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import be.brussels.international.coordination.shared.DataVersion;
import be.brussels.international.coordination.shared.KeptInMemory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Pages served again from memory while nothing they were made of has changed (issue 23: a page as fast as the
 * leanest application).
 * <p>
 * A {@link CachedPage} is kept, as the HTML sent, under what it depends on: the session and the reader (login and
 * roles), the address with its parameters, the language, htmx's headers and the version of what instances keep in
 * memory ({@link KeptInMemory}). With it go the day it was made for (« today »; the minute for a page showing the
 * time of day) and the version of the data it was made from ({@link DataVersion}), read with the session before the
 * page read anything. The same request again is answered with the kept HTML only on the same day (minute) and if the
 * data's version, read with its own session, is still that one: any transaction that wrote any table, on any
 * instance or by hand, moves it. So a kept page is never older than the data as it stood when its request arrived —
 * there is no delay to state, on one instance or several.
 * <p>
 * Only what the page's handler produced is kept (status 200, HTML, written as text, no cookie set); a request with a
 * message waiting for it (flash attributes) is never answered from memory nor kept. The URL rules and the login have
 * been checked before (this filter comes after Spring Security's); the service layer's checks were made for the same
 * reader when the page was made. At most {@code coordination.page-cache.max-bytes} are kept, the least recently
 * used page dropped first; a page larger than a sixteenth of that is not kept.
 */
@Configuration(proxyBeanMethods = false)
public class PageCache implements WebMvcConfigurer {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    private static final String CAPTURE = PageCache.class.getName() + ".CAPTURE";

    /** A page whose address (with its parameters) is longer is not kept. */
    static final int MAX_ADDRESS = 1024;

    /** The response's buffer for a GET: most pages fit. */
    static final int PAGE_BUFFER = 64 * 1024;

    private final Store store;

    PageCache(@Value("${coordination.page-cache.enabled:true}") boolean enabled,
            @Value("${coordination.page-cache.max-bytes:16777216}") long maxBytes, Clock clock,
            LocaleResolver languages, ObjectProvider<KeptInMemory> kept) {
        this.store = new Store(enabled, maxBytes, clock, languages, kept);
    }

    @Bean
    Store pageStore() {
        return store;
    }

    /** For monitoring: {@code coordination_page_cache_hits_total}, {@code …_kept_total}, {@code …_bytes}. */
    @Bean
    MeterBinder pageCacheMeters() {
        return registry -> {
            FunctionCounter.builder("coordination.page.cache.hits", store, Store::hits)
                    .description("Pages answered from memory").register(registry);
            FunctionCounter.builder("coordination.page.cache.kept", store, Store::kept)
                    .description("Pages kept in memory").register(registry);
            Gauge.builder("coordination.page.cache.bytes", store, Store::bytes).baseUnit("bytes")
                    .description("Memory held by kept pages").register(registry);
        };
    }

    @Bean
    FilterRegistrationBean<Filter> pageCacheFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(store);
        // After Spring Security's (the reader is known, the URL rules passed), before DirectRequestAttributes.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(CAPTURE) instanceof Capture capture && handler instanceof HandlerMethod method
                        && method.hasMethodAnnotation(CachedPage.class)) {
                    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
                    if (flash == null || flash.isEmpty()) {
                        store.keep(request, capture, method.getMethodAnnotation(CachedPage.class).everyMinute());
                    }
                }
                return true;
            }
        });
    }

    /** What a kept page depends on, but for the data's version (kept with it). */
    record Key(String session, String reader, String origin, String address, Locale language, String htmx,
            long kept) {

        /**
         * What it holds in memory, roughly (characters, and what objects cost beyond them), with its address's
         * place in the addresses kept (counted as if each key had its own).
         */
        long size() {
            return 2L * (session.length() + reader.length() + origin.length() + 2 * address.length() + htmx.length())
                    + 320;
        }
    }

    /** A page as sent: its HTML, encoded, and the headers its handler set. */
    record Entry(long dataVersion, boolean everyMinute, long moment, byte[] body, String contentType, Locale language,
            List<String[]> headers) {

        long size() {
            long headerBytes = 0;
            for (String[] header : headers) {
                headerBytes += 2L * (header[1].length() + header[2].length()) + 48;
            }
            return body.length + contentType.length() * 2L + headerBytes + 160;
        }

        void writeTo(HttpServletResponse response) throws IOException {
            if (language != null) {
                response.setLocale(language);
            }
            response.setContentType(contentType);
            for (String[] header : headers) {
                if (header[0] == null) {
                    response.setHeader(header[1], header[2]);
                }
                else {
                    response.addHeader(header[1], header[2]);
                }
            }
            // No Content-Length: Tomcat gives it, the page being whole in its buffer. Given here, Spring Session would
            // take the page as sent once it is written, and read the session again at the end of the request.
            if (response.getBufferSize() <= body.length) {
                response.setBufferSize(body.length + 1);
            }
            ServletOutputStream out = response.getOutputStream();
            out.write(body);
        }
    }

    /** The kept pages, and the filter that answers with them and keeps them. */
    public static final class Store implements Filter {

        private final boolean enabled;

        private final long maxBytes;

        private final Clock clock;

        private final LocaleResolver languages;

        private final ObjectProvider<KeptInMemory> kept;

        private final LinkedHashMap<Key, Entry> pages = new LinkedHashMap<>(64, 0.75f, true);

        /** The addresses of the kept pages, each with how many are kept for it. */
        private final Map<String, Integer> addresses = new HashMap<>();

        private long bytes;

        private final AtomicLong hits = new AtomicLong();

        private final AtomicLong kepts = new AtomicLong();

        Store(boolean enabled, long maxBytes, Clock clock, LocaleResolver languages, ObjectProvider<KeptInMemory> kept) {
            this.enabled = enabled;
            this.maxBytes = maxBytes;
            this.clock = clock;
            this.languages = languages;
            this.kept = kept;
        }

        @Override
        public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) servletRequest;
            HttpServletResponse response = (HttpServletResponse) servletResponse;
            if (!"GET".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            // A page that fills Tomcat's buffer (8 KB) is sent while the request is still under way, and Spring
            // Session then reads its session a second time when the request ends (to compare its id): one statement
            // more for most pages. A page up to this size is sent once the request is over.
            if (response.getBufferSize() < PAGE_BUFFER) {
                response.setBufferSize(PAGE_BUFFER);
            }
            if (!enabled) {
                chain.doFilter(request, response);
                return;
            }
            // The session is looked at only for an address kept for someone: no other request (a style sheet, a
            // public page) reads it on the cache's account.
            if (mayHave(addressOf(request))) {
                Long dataVersion = dataVersionOf(request);
                Key key = dataVersion == null ? null : keyOf(request);
                Entry entry = key == null ? null : get(key);
                if (entry != null && entry.dataVersion() == dataVersion
                        && entry.moment() == moment(entry.everyMinute())) {
                    hits.incrementAndGet();
                    entry.writeTo(response);
                    return;
                }
            }
            Capture capture = new Capture(response);
            request.setAttribute(CAPTURE, capture);
            try {
                chain.doFilter(request, capture);
            }
            finally {
                request.removeAttribute(CAPTURE);
            }
            Entry made = capture.entry();
            if (made != null) {
                put(capture.key, made);
            }
        }

        /** Called by a {@link CachedPage}'s handler, before it ran: keeps what it writes if it may. */
        void keep(HttpServletRequest request, Capture capture, boolean everyMinute) {
            Long dataVersion = dataVersionOf(request);
            Key key = dataVersion == null ? null : keyOf(request);
            if (key != null) {
                capture.start(key, dataVersion, everyMinute, moment(everyMinute));
            }
        }

        /** The minute, or the day (in Brussels), the page is made for. */
        private long moment(boolean everyMinute) {
            return everyMinute ? clock.millis() / 60_000 : LocalDate.now(clock).toEpochDay();
        }

        /** The data's version read with the session; null without a session, or with a message waiting in it. */
        private static Long dataVersionOf(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            return session == null || session.getAttribute(FLASH_MAPS) != null ? null
                    : (Long) session.getAttribute(DataVersion.SESSION_ATTRIBUTE);
        }

        private static String addressOf(HttpServletRequest request) {
            String query = request.getQueryString();
            return query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
        }

        private Key keyOf(HttpServletRequest request) {
            Authentication reader = SecurityContextHolder.getContext().getAuthentication();
            if (reader == null || !reader.isAuthenticated() || reader instanceof AnonymousAuthenticationToken) {
                return null;
            }
            long keptVersion = 0;
            for (KeptInMemory each : kept) {
                keptVersion = keptVersion * 31 + each.keptVersion();
            }
            String address = addressOf(request);
            if (address.length() > MAX_ADDRESS) {
                return null;
            }
            // The scheme, host and port: a page may name its own address (a person's calendar feed).
            return new Key(request.getSession(false).getId(), reader.getName() + reader.getAuthorities(),
                    request.getScheme() + "://" + request.getServerName() + ':' + request.getServerPort(),
                    address, languages.resolveLocale(request),
                    request.getHeader("HX-Request") + '|' + request.getHeader("HX-Target") + '|'
                            + request.getHeader("HX-Trigger"),
                    keptVersion);
        }

        private synchronized boolean mayHave(String address) {
            return addresses.containsKey(address);
        }

        synchronized Entry get(Key key) {
            return pages.get(key);
        }

        synchronized void put(Key key, Entry entry) {
            if (key.size() + entry.size() > maxBytes / 16) {
                return;
            }
            Entry replaced = pages.put(key, entry);
            if (replaced == null) {
                addresses.merge(key.address(), 1, Integer::sum);
                bytes += key.size() + entry.size();
            }
            else {
                bytes += entry.size() - replaced.size();
            }
            var oldest = pages.entrySet().iterator();
            while (bytes > maxBytes && oldest.hasNext()) {
                var dropped = oldest.next();
                bytes -= dropped.getKey().size() + dropped.getValue().size();
                addresses.computeIfPresent(dropped.getKey().address(), (address, count) -> count == 1 ? null : count - 1);
                oldest.remove();
            }
            kepts.incrementAndGet();
        }

        /** Forgets every page (tests). */
        public synchronized void clear() {
            pages.clear();
            addresses.clear();
            bytes = 0;
        }

        /** Pages answered from memory since the start. */
        public long hits() {
            return hits.get();
        }

        /** Pages kept since the start. */
        public long kept() {
            return kepts.get();
        }

        public synchronized long bytes() {
            return bytes;
        }
    }

    /**
     * The response, passed on as it is; once {@link #start}ed (by a {@link CachedPage}'s handler, before it wrote
     * anything), a copy of the text written and of the headers set.
     */
    static final class Capture extends HttpServletResponseWrapper {

        private boolean capturing;

        private boolean spoiled;

        private Key key;

        private long dataVersion;

        private boolean everyMinute;

        private long moment;

        private CharArrayWriter copy;

        private PrintWriter writer;

        private boolean streamUsed;

        private Locale language;

        private final List<String[]> headers = new ArrayList<>();

        Capture(HttpServletResponse response) {
            super(response);
        }

        void start(Key key, long dataVersion, boolean everyMinute, long moment) {
            this.key = key;
            this.dataVersion = dataVersion;
            this.everyMinute = everyMinute;
            this.moment = moment;
            capturing = !streamUsed && writer == null;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (capturing) {
                    copy = new CharArrayWriter(32 * 1024);
                }
                writer = new PrintWriter(new Tee(this, super.getWriter(), copy));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            streamUsed = true;
            spoiled = spoiled || capturing;
            return super.getOutputStream();
        }

        @Override
        public void addCookie(Cookie cookie) {
            spoiled = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            note(null, name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note("add", name, value);
            super.addHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            spoiled = spoiled || capturing;
            super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            spoiled = spoiled || capturing;
            super.addDateHeader(name, date);
        }

        @Override
        public void setIntHeader(String name, int value) {
            note(null, name, Integer.toString(value));
            super.setIntHeader(name, value);
        }

        @Override
        public void addIntHeader(String name, int value) {
            note("add", name, Integer.toString(value));
            super.addIntHeader(name, value);
        }

        @Override
        public void setLocale(Locale locale) {
            language = locale;
            super.setLocale(locale);
        }

        private void note(String add, String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                spoiled = true;
            }
            else if (capturing && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                headers.add(new String[] { add, name, value });
            }
        }

        /** The page to keep, or null if it must not be kept. */
        Entry entry() {
            String contentType = getContentType();
            if (!capturing || spoiled || copy == null || getStatus() != HttpServletResponse.SC_OK
                    || contentType == null || !contentType.startsWith("text/html") || writer.checkError()) {
                return null;
            }
            byte[] body = new String(copy.toCharArray()).getBytes(Charset.forName(getCharacterEncoding()));
            return new Entry(dataVersion, everyMinute, moment, body, contentType, language, List.copyOf(headers));
        }
    }

    /**
     * Writes to the response and, if the page is kept, to the copy. A page's flush (Thymeleaf flushes once it has
     * written the page) is left to the end of the request: flushed, the page would be sent while the request is under
     * way, and Spring Session would then read its session a second time as the request ends.
     */
    private static final class Tee extends Writer {

        private final HttpServletResponse response;

        private final Writer out;

        private final Writer copy;

        Tee(HttpServletResponse response, Writer out, Writer copy) {
            this.response = response;
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            if (copy != null) {
                copy.write(chars, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
            if (copy != null) {
                copy.write(text, offset, length);
            }
        }

        @Override
        public void write(int c) throws IOException {
            out.write(c);
            if (copy != null) {
                copy.write(c);
            }
        }

        @Override
        public void flush() throws IOException {
            String contentType = response.getContentType();
            if (contentType == null || !contentType.startsWith("text/html")) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
