package nl.coachplan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, Coachplan does not start without an administrator whose password came from the
 * environment: no installation runs with a guessable default. The check runs before anything else.
 */
@Component
@Order(0)
public class AdministratorCheck implements ApplicationRunner {

  static final int MINIMUM_LENGTH = 12;

  private final Environment environment;
  private final IdentityService identity;

  public AdministratorCheck(Environment environment, IdentityService identity) {
    this.environment = environment;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    String id = environment.getProperty("camunda.bpm.admin-user.id");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    boolean hasAdministrator = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    boolean idGiven = id != null && !id.isBlank();
    boolean passwordGiven = password != null && !password.isBlank();
    if (!idGiven && hasAdministrator) {
      return; // an administrator was set up before; its password lives in the database
    }
    if (!idGiven || !passwordGiven) {
      // Camunda would otherwise have made the id its password.
      throw new IllegalStateException("Coachplan start niet zonder beheerder. Geef CAMUNDA_BPM_ADMINUSER_ID en "
          + "CAMUNDA_BPM_ADMINUSER_PASSWORD op in de omgeving (of start met het demoprofiel).");
    }
    if (password.length() < MINIMUM_LENGTH || password.equalsIgnoreCase(id)) {
      throw new IllegalStateException("Het beheerderswachtwoord (CAMUNDA_BPM_ADMINUSER_PASSWORD) moet minstens "
          + MINIMUM_LENGTH + " tekens lang zijn en mag niet gelijk zijn aan de gebruikersnaam.");
    }
  }
}
