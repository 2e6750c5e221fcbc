package nl.coachplan.demo;

import nl.coachplan.engine.CurrentUser;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.OrganisationRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Demo users (password = user id), one per role and one per organisation; never real names. */
@Component
class DemoUsers {

  private final IdentityService identityService;
  private final OrganisationRepository organisations;

  DemoUsers(IdentityService identityService, OrganisationRepository organisations) {
    this.identityService = identityService;
    this.organisations = organisations;
  }

  void ensure() {
    user("coordinator", "Coördinator", "Buurtsportcoaches", CurrentUser.COORDINATOR);
    user("policy", "Beleidsambtenaar", "Sport", CurrentUser.POLICY_OFFICER);
    user("manager", "Manager", "Sport en Samenleving", CurrentUser.MANAGER);
    user("wijkteam", "Professional", "Wijkteam Soest", nl.coachplan.identity.IdentitySetup.WIJKTEAM);
    for (Organisation organisation : organisations.findAll()) {
      user(organisation.getSlug(), "Medewerker", organisation.getName(), organisation.groupId());
    }
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.coachplan.invalid");
      user.setPassword(id);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }
}
