package be.brussels.international.coordination;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real server port, the tests' PostgreSQL and a real SMTP server (GreenMail), in
 * demo mode (every login has the password "demo"). Every test class that uses exactly this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "logging.level.root=WARN",
                "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=OFF",
                // Every test logs in from 127.0.0.1: the per-address limit is LoginThrottleTests' business.
                "coordination.login.max-failures-per-address=100000",
                // Mail on, to the tests' own SMTP server (TestMail).
                "coordination.mail.enabled=true",
                // The newsletter's outbox is emptied by the tests themselves (Outbox.pass), never behind their back.
                "coordination.newsletter.worker=false",
                // Likewise the in-memory names are read again by the tests (PeopleNames.reloadIfChanged), and the
                // data's change rows folded by them (DataVersion.fold): no query of a background thread falls into a
                // page's count.
                "coordination.reference.watch=false",
                // The public pages' limit per address is PublicRateLimitTests' business.
                "coordination.public.requests-per-minute=1000000" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestMail.class, Browser.Answers.class })
@ActiveProfiles("demo")
public @interface IntegrationTest {
}
