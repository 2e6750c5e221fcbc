package nl.coachplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

// No in-memory user with a generated password (printed in the log): every sign-in goes to Camunda's identity.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
// Pages of the API as {content, page: {size, number, totalElements, totalPages}}: a stable JSON shape.
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
public class CoachplanApplication {

  public static void main(String[] args) {
    SpringApplication.run(CoachplanApplication.class, args);
  }
}
