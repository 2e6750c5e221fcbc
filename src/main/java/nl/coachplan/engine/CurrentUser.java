package nl.coachplan.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting inside the engine's transaction (Tasklist session or HTTP Basic on /engine-rest).
 * No authentication means the application itself (start-up, demo data, timers).
 */
@Component
public class CurrentUser {

  public static final String COORDINATOR = "coordinator";
  public static final String POLICY_OFFICER = "policy-officer";
  public static final String MANAGER = "manager";
  public static final String ADMIN = "camunda-admin";

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user id, or null when the application itself acts. */
  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public boolean isSystem() {
    return identityService.getCurrentAuthentication() == null;
  }

  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return List.of();
    }
    return authentication.getGroupIds();
  }
}
