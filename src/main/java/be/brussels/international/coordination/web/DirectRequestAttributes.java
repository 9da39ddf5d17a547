package be.brussels.international.coordination.web;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A request's attributes read and written where they are kept, not through every wrapper in front of it.
 * <p>
 * Thymeleaf keeps a page's variables as request attributes (the model, and each loop's and {@code th:with}'s local
 * variables, set and removed as it goes) and looks every variable up there. By the time a page renders, the request
 * is wrapped by Spring Session, Spring Security (four wrappers) and others, each passing the call on, down to
 * Tomcat's request, which checks its special attributes first: 17 % of a partner's page went to these look-ups (JFR,
 * issue 23). So the last filter before Spring MVC wraps the request once more, reaching the attributes past every
 * wrapper that only passes them on — known by its class: it declares none of the four attribute methods. It stops at
 * the first that does (Tomcat's, for a forward or an error page, answers some attributes itself).
 */
@Configuration(proxyBeanMethods = false)
class DirectRequestAttributes {

    @Bean
    FilterRegistrationBean<Filter> directRequestAttributesFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                chain.doFilter(request instanceof HttpServletRequest http ? new Direct(http) : request, response);
            }
        });
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        return registration;
    }

    /** The request as it is, but for its attributes, taken from the request that keeps them. */
    static final class Direct extends HttpServletRequestWrapper {

        private final ServletRequest keeper;

        Direct(HttpServletRequest request) {
            super(request);
            this.keeper = keeperOf(request);
        }

        /** Past every wrapper that only passes attributes on. */
        static ServletRequest keeperOf(ServletRequest request) {
            ServletRequest keeper = request;
            while (keeper instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_ON.get(wrapper.getClass())) {
                keeper = wrapper.getRequest();
            }
            return keeper;
        }

        /** A wrapper class whose attribute methods are all ServletRequestWrapper's own (passing the call on). */
        private static final ClassValue<Boolean> PASSES_ATTRIBUTES_ON = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> wrapper) {
                try {
                    return ServletRequestWrapper.class == wrapper.getMethod("getAttribute", String.class)
                            .getDeclaringClass()
                            && ServletRequestWrapper.class == wrapper.getMethod("getAttributeNames").getDeclaringClass()
                            && ServletRequestWrapper.class == wrapper.getMethod("setAttribute", String.class,
                                    Object.class).getDeclaringClass()
                            && ServletRequestWrapper.class == wrapper.getMethod("removeAttribute", String.class)
                                    .getDeclaringClass();
                }
                catch (NoSuchMethodException impossible) {
                    return false;
                }
            }
        };

        @Override
        public Object getAttribute(String name) {
            return keeper.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return keeper.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            keeper.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            keeper.removeAttribute(name);
        }
    }
}
