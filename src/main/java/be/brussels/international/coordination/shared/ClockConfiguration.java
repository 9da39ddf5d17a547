package be.brussels.international.coordination.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cell works in Brussels time: "today" is a Brussels date whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Brussels.ZONE);
    }
}
