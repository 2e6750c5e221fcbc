package nl.coachplan.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Lets an aanvoerder's group see and withdraw its own plan's process instance, and no other.
 * Granted inside the submitting transaction, on behalf of the application (the submitter may
 * not create authorizations itself).
 */
@Component
public class PlanAccess {

  private final AuthorizationService authorizations;

  public PlanAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantToAanvoerder(String processInstanceId, String groupId) {
    Runnable grant = () -> {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.PROCESS_INSTANCE);
      authorization.setResourceId(processInstanceId);
      authorization.addPermission(Permissions.READ);
      authorization.addPermission(Permissions.UPDATE);
      authorizations.saveAuthorization(authorization);
    };
    var commandContext = Context.getCommandContext();
    if (commandContext == null) {
      grant.run();
    } else {
      commandContext.runWithoutAuthorization(() -> {
        grant.run();
        return null;
      });
    }
  }
}
