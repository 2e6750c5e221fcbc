package nl.coachplan.planintake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.Viewer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submitting a plan through our API: the same start of {@code plan-intake}, with the same rules, as the Tasklist's start form. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plannen")
public class PlanApi {

  private final RuntimeService runtime;
  private final IdentityService identity;

  public PlanApi(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  public record Submitted(String reference) {}

  @PostMapping
  @Operation(summary = "Een plan indienen (als aanvoerder of coördinator)")
  public ResponseEntity<Submitted> submit(@RequestBody PlanForms.Submission plan, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("roundYear", plan.roundYear());
    variables.put("title", plan.title());
    variables.put("aanvoerder", plan.aanvoerder());
    variables.put("goals", plan.goals());
    variables.put("targetGroups", plan.targetGroups() == null ? null : ProcessValues.json(plan.targetGroups()));
    variables.put("settings", plan.settings() == null ? null : ProcessValues.json(plan.settings()));
    variables.put("requestedFte", plan.requestedFte());
    variables.put("profileType", plan.profileType());
    variables.put("aanvoerderContributionEuro", plan.aanvoerderContributionEuro());
    variables.put("contributions", ProcessValues.json(plan.contributionsOrEmpty()));
    // As the viewer: the engine checks that this user may start plans, and the plan records who submitted it.
    identity.setAuthentication(viewer.userId(), viewer.groups());
    ProcessInstance started;
    try {
      started = runtime.createProcessInstanceByKey("plan-intake").setVariables(variables).execute();
    } finally {
      identity.clearAuthentication();
    }
    String reference = started.getBusinessKey() != null ? started.getBusinessKey()
        : (String) runtime.getVariable(started.getId(), "planReference");
    return ResponseEntity.created(URI.create("/api/v1/plans/" + reference)).body(new Submitted(reference));
  }
}
