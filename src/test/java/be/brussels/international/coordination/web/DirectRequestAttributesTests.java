package be.brussels.international.coordination.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Attributes are reached past the wrappers that only pass them on, never past one that answers them itself. */
class DirectRequestAttributesTests {

    /** A wrapper that changes nothing about attributes (as Spring Security's and Spring Session's). */
    static final class Passing extends HttpServletRequestWrapper {
        Passing(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRemoteUser() {
            return "someone";
        }
    }

    /** A wrapper that answers an attribute itself (as Tomcat's for a forward or an error page). */
    static final class Answering extends HttpServletRequestWrapper {
        Answering(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return name.equals("answered") ? "by the wrapper" : super.getAttribute(name);
        }
    }

    @Test
    void attributesAreReadAndWrittenOnTheRequestThatKeepsThem() {
        MockHttpServletRequest keeper = new MockHttpServletRequest();
        DirectRequestAttributes.Direct direct = new DirectRequestAttributes.Direct(new Passing(new Passing(keeper)));

        assertThat(DirectRequestAttributes.Direct.keeperOf(direct.getRequest())).isSameAs(keeper);
        direct.setAttribute("model", "value");
        assertThat(keeper.getAttribute("model")).isEqualTo("value");
        assertThat(direct.getAttribute("model")).isEqualTo("value");
        assertThat(direct.getAttributeNames().asIterator()).toIterable().contains("model");
        direct.removeAttribute("model");
        assertThat(keeper.getAttribute("model")).isNull();
        assertThat(direct.getRemoteUser()).as("everything else through the wrappers").isEqualTo("someone");
    }

    @Test
    void aWrapperThatAnswersAttributesItselfIsNotPassed() {
        MockHttpServletRequest keeper = new MockHttpServletRequest();
        Answering answering = new Answering(new Passing(keeper));
        DirectRequestAttributes.Direct direct = new DirectRequestAttributes.Direct(new Passing(answering));

        assertThat(DirectRequestAttributes.Direct.keeperOf(direct.getRequest())).isSameAs(answering);
        assertThat(direct.getAttribute("answered")).isEqualTo("by the wrapper");
    }
}
