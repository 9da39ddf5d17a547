package be.brussels.international.coordination.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages answer a network address a set number of times a minute, then 429 until the minute ends. */
class PublicRateLimitTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:10Z"));

    private final PublicRateLimit limit = new PublicRateLimit(3, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void anAddressGetsItsRequestsAMinuteThenWaitsForTheNextMinute() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("/public/newsletter/archive", "192.0.2.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("/public/newsletter/archive", "192.0.2.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
        assertThat(request("/public/newsletter", "192.0.2.2").getStatus()).as("another address").isEqualTo(200);
        assertThat(request("/partners", "192.0.2.1").getStatus()).as("the intranet is not counted").isEqualTo(200);
        now.set(Instant.parse("2026-12-05T10:01:00Z"));
        assertThat(request("/public/newsletter/archive", "192.0.2.1").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse request(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
