package nl.coachplan.identity;

import nl.coachplan.engine.EngineCommands;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Cases hold no engine grants any more: organisations work through the portal, where the access
 * policy decides from the case file. Process versions deployed before still call {@link
 * #instanceEnded} when their instances end (running cases keep their version), so it stays for them;
 * the grants themselves were removed at start-up.
 */
@Component
public class PlanAccess {

  private final AuthorizationService authorizations;

  public PlanAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** End listener of plan-intake, coach-hiring and contract-renewal. */
  public void instanceEnded(DelegateExecution execution) {
    String instanceId = execution.getProcessInstanceId();
    EngineCommands.withoutAuthorization(() -> {
      authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId).unlimitedList()
          .forEach(a -> authorizations.deleteAuthorization(a.getId()));
      return null;
    });
  }
}
