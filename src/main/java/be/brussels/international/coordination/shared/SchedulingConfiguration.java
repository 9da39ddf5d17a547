package be.brussels.international.coordination.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work: the newsletter's outbox, the watch on the names kept in memory (each says how it behaves when
 * several instances run).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
