package be.brussels.international.coordination.shared;

import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page being shown, as a link to itself with some of its parameters changed (another page, another order,
 * as a file): its path and filters kept, without a language switch to repeat.
 */
public final class CurrentUrl {

    private CurrentUrl() {
    }

    public static String with(UnaryOperator<UriComponentsBuilder> change) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return change.apply(UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang")).build().toUriString();
    }
}
