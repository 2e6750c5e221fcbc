package nl.coachplan.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls for a caller whom Coachplan's access policy has already allowed: the engine
 * records the caller (history, user operation log, {@link CurrentUser} in the steps) but does not
 * check its own authorizations, which organisations no longer hold. Everything runs in one
 * transaction with the caller's case-file changes.
 */
@Component
public class AsCaller {

  private final ProcessEngineConfigurationImpl configuration;
  private final IdentityService identity;

  public AsCaller(ProcessEngineConfiguration configuration, IdentityService identity) {
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
    this.identity = identity;
  }

  /** {@code userId} null: the application itself. */
  public <T> T run(String userId, List<String> groups, Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    if (userId == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(userId, groups);
    }
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
