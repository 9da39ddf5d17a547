package be.brussels.international.coordination.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the multipart limit is answered with the application's 413 page (in the reader's
 * language, the limit stated) before anything reads its body. Without this, the first filter to ask for a
 * parameter (Spring Security's CSRF check reads {@code _csrf} from the form) made the container parse the
 * body, fail, and answer with its own bare English page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeFilter extends OncePerRequestFilter {

    private final long limit;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.limit = Math.min(maxFileSize.toBytes(), maxRequestSize.toBytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/") && request.getContentLengthLong() > limit) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
