package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.coachplan.CoachplanApplication;
import nl.coachplan.EngineRegistration;
import nl.coachplan.ProcessTestSupport;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.organisation.MunicipalityRepository;
import nl.coachplan.organisation.OrganisationRepository;
import nl.coachplan.tasks.FormOptions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo: no demo users, no organisations until the coordinator registers them, and no
 * start without a real administrator password and the installation's own municipality.
 */
class SafeDefaultsTest extends ProcessTestSupport {

  private static final String ADMIN_ID = "--camunda.bpm.admin-user.id=beheer";
  private static final String ADMIN_PASSWORD = "--camunda.bpm.admin-user.password=beheer-wachtwoord-2026";

  /** As production starts: no demo, no test settings, only what the environment gives. */
  private static void startWith(String... environment) {
    start(environment).close();
  }

  private static ConfigurableApplicationContext start(String... environment) {
    String[] args = new String[environment.length + 3];
    args[0] = "--spring.datasource.url=jdbc:h2:mem:safe-" + UUID.randomUUID();
    args[1] = "--server.port=0";
    args[2] = "--camunda.bpm.job-execution.enabled=false";
    System.arraycopy(environment, 0, args, 3, environment.length);
    return new SpringApplicationBuilder(CoachplanApplication.class).profiles("production").run(args);
  }

  @Test
  void productionStartsWithItsOwnMunicipalityAndNoOrganisations() {
    try (ConfigurableApplicationContext production = start(ADMIN_ID, ADMIN_PASSWORD,
        "--coachplan.municipality.code=GM0123", "--coachplan.municipality.name=Testdorp", "--coachplan.municipality.full-time-hours=38")) {
      assertThat(production.getBean(OrganisationRepository.class).count()).as("organisations at start").isZero();
      assertThat(production.getBean(MunicipalityRepository.class).findAll()).extracting(m -> m.getCode() + " " + m.getName())
          .containsExactly("GM0123 Testdorp");
      IdentityService identity = production.getBean(IdentityService.class);
      assertThat(identity.createGroupQuery().unlimitedList()).extracting(g -> g.getId()).noneMatch(id -> id.startsWith("org-"));
      assertThat(production.getBean(FormOptions.class).lists(List.of(FormOptions.ORGANISATIONS)))
          .as("the forms offer no organisation").containsEntry(FormOptions.ORGANISATIONS, List.of());
      assertThat(production.getBean(FundingRules.class).fullTimeHours()).isEqualByComparingTo("38");
    } finally {
      EngineRegistration.ensure(engine);
    }
  }

  @Test
  void startUpRefusesWithoutAMunicipality() {
    try {
      assertThatThrownBy(() -> startWith(ADMIN_ID, ADMIN_PASSWORD))
          .hasMessage("Coachplan start niet zonder gemeente. Geef COACHPLAN_MUNICIPALITY_CODE (de CBS-code, bijvoorbeeld GM0342) "
              + "en COACHPLAN_MUNICIPALITY_NAME op in de omgeving (of start met het demoprofiel).");
      assertThatThrownBy(() -> startWith(ADMIN_ID, ADMIN_PASSWORD, "--coachplan.municipality.code=0342",
          "--coachplan.municipality.name=Soest")).hasMessageContaining("GM en vier cijfers");
    } finally {
      EngineRegistration.ensure(engine);
    }
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
