package be.brussels.international.coordination.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A page's text turned into bytes in one go. A page is rendered whole, then written as one string; Tomcat's writer
 * copies it into its buffer a few thousand characters at a time and encodes each piece with a general-purpose
 * encoder (the slow path whenever a page holds a character outside ASCII — every French page): 16 % of a partner's
 * page (JFR, issue 23). Here the writer a response gives encodes each string with {@link String#getBytes(Charset)} and
 * writes the bytes to the response's stream, in the response's character encoding, fixed when the writer is asked
 * for (as Tomcat does). It keeps nothing back: a reset of the response drops what was written, as before.
 */
@Configuration(proxyBeanMethods = false)
class ResponseText {

    @Bean
    FilterRegistrationBean<Filter> responseTextFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                chain.doFilter(request, response instanceof HttpServletResponse http ? new Encoding(http) : response);
            }
        });
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        return registration;
    }

    /** The response, its writer encoding whole strings onto its stream. */
    static final class Encoding extends HttpServletResponseWrapper {

        private PrintWriter writer;

        Encoding(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                // As Tomcat's own writer: the encoding, now fixed, is named in the Content-Type.
                setCharacterEncoding(encoding);
                writer = new PrintWriter(new Encoder(getOutputStream(), Charset.forName(encoding)), false);
            }
            return writer;
        }
    }

    /**
     * Characters to bytes, each write encoded at once and passed on. A high surrogate ending a write waits for the
     * low one that begins the next (a character outside the basic plane split between two writes).
     */
    static final class Encoder extends Writer {

        private final OutputStream out;

        private final Charset charset;

        private char pendingHighSurrogate;

        Encoder(OutputStream out, Charset charset) {
            this.out = out;
            this.charset = charset;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length <= 0) {
                return;
            }
            if (pendingHighSurrogate == 0 && !Character.isHighSurrogate(text.charAt(offset + length - 1))) {
                out.write((offset == 0 && length == text.length() ? text : text.substring(offset, offset + length))
                        .getBytes(charset));
                return;
            }
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void write(char[] characters, int offset, int length) throws IOException {
            if (length <= 0) {
                return;
            }
            StringBuilder text = new StringBuilder(length + 1);
            if (pendingHighSurrogate != 0) {
                text.append(pendingHighSurrogate);
                pendingHighSurrogate = 0;
            }
            text.append(characters, offset, length);
            if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                pendingHighSurrogate = text.charAt(text.length() - 1);
                text.setLength(text.length() - 1);
            }
            if (!text.isEmpty()) {
                out.write(text.toString().getBytes(charset));
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (pendingHighSurrogate != 0) {
                // A lone high surrogate at the very end: written as the encoder would ('?').
                out.write(String.valueOf(pendingHighSurrogate).getBytes(charset));
                pendingHighSurrogate = 0;
            }
            out.close();
        }
    }
}
