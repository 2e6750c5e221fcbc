package nl.coachplan.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets an aanvoerder's group see and withdraw its own plan's process instances, and no other.
 * Granted inside the submitting transaction, on behalf of the application (the submitter may
 * not create authorizations itself), and removed when the instance ends: the engine reads every
 * authorization once per request it checks, so grants of ended instances would slow every request
 * down as the cases pile up.
 */
@Component
public class PlanAccess {

  private static final int BATCH = 500;

  private final AuthorizationService authorizations;
  private final RuntimeService runtime;

  public PlanAccess(AuthorizationService authorizations, @Lazy RuntimeService runtime) {
    this.authorizations = authorizations;
    this.runtime = runtime;
  }

  public void grantToAanvoerder(String processInstanceId, String groupId) {
    asApplication(() -> {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.PROCESS_INSTANCE);
      authorization.setResourceId(processInstanceId);
      authorization.addPermission(Permissions.READ);
      authorization.addPermission(Permissions.UPDATE);
      authorizations.saveAuthorization(authorization);
    });
  }

  /** End listener of the processes that grant access (plan-intake, coach-hiring, contract-renewal). */
  public void instanceEnded(DelegateExecution execution) {
    String instanceId = execution.getProcessInstanceId();
    asApplication(() -> authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instanceId).list().forEach(a -> authorizations.deleteAuthorization(a.getId())));
  }

  /** Installations from before kept the grants of ended instances; returns how many were removed. */
  public int removeGrantsOfEndedInstances() {
    List<Authorization> grants = authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).list()
        .stream().filter(a -> !Authorization.ANY.equals(a.getResourceId())).toList();
    List<String> ended = new ArrayList<>();
    for (int from = 0; from < grants.size(); from += BATCH) {
      List<Authorization> batch = grants.subList(from, Math.min(grants.size(), from + BATCH));
      Set<String> running = new HashSet<>();
      runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(batch.stream().map(Authorization::getResourceId)
          .toList())).list().stream().map(ProcessInstance::getId).forEach(running::add);
      batch.stream().filter(a -> !running.contains(a.getResourceId())).forEach(a -> ended.add(a.getId()));
    }
    ended.forEach(authorizations::deleteAuthorization);
    return ended.size();
  }

  private static void asApplication(Runnable work) {
    var commandContext = Context.getCommandContext();
    if (commandContext == null) {
      work.run();
    } else {
      commandContext.runWithoutAuthorization(() -> {
        work.run();
        return null;
      });
    }
  }
}
