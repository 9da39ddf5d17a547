package be.brussels.international.coordination.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cell works in Brussels time: "today" is a Brussels date whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Bean
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
