package be.brussels.international.coordination;

import org.springframework.boot.SpringApplication;
import be.brussels.international.coordination.shared.RepositoryQueries;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The intranet of the Coordination cell of Brussels International: partners, staff, dossiers.
 */
@SpringBootApplication
// Spring Data's repositories, each query made when first called (RepositoryQueries: a shorter start).
@EnableJpaRepositories(repositoryFactoryBeanClass = RepositoryQueries.FactoryBean.class)
public class CoordinationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinationApplication.class, args);
    }
}
