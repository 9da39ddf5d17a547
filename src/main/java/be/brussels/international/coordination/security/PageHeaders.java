package be.brussels.international.coordination.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every page carries (Content-Security-Policy, no sniffing, no caching, no framing, the referrer kept
 * to the site), which Spring Security's filters write on every request they see. Some responses they do not see,
 * and these get them here:
 * <ul>
 * <li>a request their firewall refuses ({@link SecurityConfiguration#requestRejectedHandler});</li>
 * <li>an error Tomcat raises before any filter — a path under {@code /WEB-INF} or {@code /META-INF}, the method
 * TRACE —, whose page is made on an error dispatch, which those filters skip ({@link #errorDispatches}); the
 * page names the reader;</li>
 * <li>an address Tomcat cannot even decode ({@code %00}, {@code %C0%AF}, too many parameters), answered by its own
 * bare page before the application ({@link #tomcatErrorPages}).</li>
 * </ul>
 */
public final class PageHeaders {

    private final List<HeaderWriter> writers;

    PageHeaders(List<HeaderWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** Writes the headers, unless the response has them already (Spring Security wrote them). */
    void writeUnlessWritten(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            writers.forEach(writer -> writer.writeHeaders(request, response));
        }
    }

    /** A filter for error dispatches only, writing the headers if the first dispatch did not. */
    OncePerRequestFilter errorDispatches() {
        return new OncePerRequestFilter() {

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                writeUnlessWritten(request, response);
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Puts in place of Tomcat's error report (the bare page of an address it refused before the application) the
     * same report, with the headers. Once the server has started, whichever way its error report was set up.
     */
    ApplicationListener<WebServerInitializedEvent> tomcatErrorPages() {
        return event -> {
            if (event.getWebServer() instanceof TomcatWebServer tomcat) {
                var pipeline = tomcat.getTomcat().getHost().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof WithHeaders)) {
                        pipeline.removeValve(valve);
                    }
                }
                WithHeaders report = new WithHeaders();
                report.setShowReport(false);
                report.setShowServerInfo(false);
                pipeline.addValve(report);
            }
        };
    }

    /** Tomcat's error report, its page with the headers. */
    private final class WithHeaders extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                writeUnlessWritten(request, response);
            }
            super.report(request, response, throwable);
        }
    }
}
