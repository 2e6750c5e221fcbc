package nl.coachplan.bench.bare;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * A bare Camunda Spring Boot application (as with the starters webapp + rest + a JDBC datasource), for
 * {@code StartupProbe} to compare our start-up with. It runs on our full test classpath, so everything a bare
 * application would not have is switched off here; its configuration is {@code bench-bare.yml}.
 */
// CoachplanApplication scans nl.coachplan.** and the test classes are on its classpath in the probe: without
// this condition it would pick this class up, and with it these exclusions.
@ConditionalOnProperty(name = "spring.config.name", havingValue = BareCamundaApplication.CONFIG_NAME)
@SpringBootApplication
public class BareCamundaApplication {

  public static final String CONFIG_NAME = "bench-bare";

  /** Auto-configurations that come with our dependencies, not with the Camunda starters. */
  private static final List<String> NOT_IN_A_BARE_APP = List.of(
      "org.springframework.boot.autoconfigure.flyway.",
      "org.springframework.boot.autoconfigure.orm.jpa.",
      "org.springframework.boot.autoconfigure.data.", // Spring Data JPA repositories, Spring Data web support
      "org.springframework.boot.autoconfigure.security.", // servlet, user details, filter, OAuth2/SAML if present
      "org.springframework.boot.autoconfigure.mail.",
      "org.springframework.boot.autoconfigure.thymeleaf.",
      "org.springframework.boot.actuate.autoconfigure.", // all of actuator, incl. management security, metrics
      "org.springdoc.");

  public static void main(String[] args) {
    // By package rather than by class: actuator alone brings over a hundred auto-configurations.
    List<String> excluded = ImportCandidates.load(AutoConfiguration.class, BareCamundaApplication.class.getClassLoader())
        .getCandidates().stream()
        .filter(name -> NOT_IN_A_BARE_APP.stream().anyMatch(name::startsWith))
        .toList();
    SpringApplication application = new SpringApplication(BareCamundaApplication.class);
    application.setDefaultProperties(Map.of(
        "spring.config.name", CONFIG_NAME,
        "spring.autoconfigure.exclude", String.join(",", excluded)));
    application.run(args);
  }
}
