package be.brussels.international.ceiling;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ceiling of benchmark/run.sh (issue 23), never shipped: the leanest Spring application serving a page — Boot,
 * Spring MVC and Thymeleaf of the application's versions, on the same Tomcat, no database, no security — measured in
 * the same run as the application's pages, turn about, so that each page is reported as a fraction of it. Its
 * start-up is the yardstick of the application's (benchmark/startup.sh).
 *
 *   java -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt) \
 *       be.brussels.international.ceiling.CeilingApplication --server.port=8091
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        ThymeleafAutoConfiguration.class })
@Import(CeilingApplication.Page.class)
public class CeilingApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CeilingApplication.class);
        // Its own settings only, not the application's (which name a database).
        application.setDefaultProperties(java.util.Map.of("spring.config.location", "classpath:/ceiling/",
                "spring.thymeleaf.prefix", "classpath:/ceiling/"));
        application.run(args);
    }

    /** One page: a title, a short list and a date, through a layout-free template. */
    @Controller
    static class Page {

        @GetMapping("/")
        String page(Model model) {
            model.addAttribute("title", "Ceiling");
            model.addAttribute("items", List.of("Québec", "Wallonie", "Île-de-France"));
            model.addAttribute("today", LocalDate.now());
            return "page";
        }
    }
}
