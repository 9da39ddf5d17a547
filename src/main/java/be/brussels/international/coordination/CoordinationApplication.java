package be.brussels.international.coordination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The intranet of the Coordination cell of Brussels International: partners, staff, dossiers.
 */
@SpringBootApplication
public class CoordinationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinationApplication.class, args);
    }
}
