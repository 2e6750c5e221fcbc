package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.coachplan.CoachplanApplication;
import nl.coachplan.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo: no demo users, and no start without a real administrator password. */
class SafeDefaultsTest extends ProcessTestSupport {

  /** As production starts: no demo, no test settings, only what the environment gives. */
  private static void startWith(String... environment) {
    String[] args = new String[environment.length + 3];
    args[0] = "--spring.datasource.url=jdbc:h2:mem:safe-" + UUID.randomUUID();
    args[1] = "--server.port=0";
    args[2] = "--camunda.bpm.job-execution.enabled=false";
    System.arraycopy(environment, 0, args, 3, environment.length);
    new SpringApplicationBuilder(CoachplanApplication.class).profiles("production").run(args).close();
  }

  @Test
  void withoutTheDemoProfileThereAreNoDemoUsers() {
    for (String demoUser : new String[] {"coordinator", "manager", "policy", "werk-en-inkomen", "swos"}) {
      assertThat(identityService.createUserQuery().userId(demoUser).count()).as(demoUser).isZero();
    }
  }

  @Test
  void startUpRefusesWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> startWith())
        .hasMessage("Coachplan start niet zonder beheerder. Geef CAMUNDA_BPM_ADMINUSER_ID en "
            + "CAMUNDA_BPM_ADMINUSER_PASSWORD op in de omgeving (of start met het demoprofiel).");
    assertThatThrownBy(() -> startWith("--camunda.bpm.admin-user.id=beheer"))
        .hasMessage("Coachplan start niet zonder beheerder. Geef CAMUNDA_BPM_ADMINUSER_ID en "
            + "CAMUNDA_BPM_ADMINUSER_PASSWORD op in de omgeving (of start met het demoprofiel).");
    assertThatThrownBy(() -> startWith("--camunda.bpm.admin-user.id=beheer", "--camunda.bpm.admin-user.password=admin"))
        .hasMessageContaining("minstens 12 tekens");
  }
}
