package nl.coachplan.planintake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.Viewer;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submits a plan from our API: the plan-intake start, its case file and the idempotency key commit together. */
@Service
public class PlanSubmissions {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final IdempotencyKeyRepository keys;

  public PlanSubmissions(RuntimeService runtime, IdentityService identity, IdempotencyKeyRepository keys) {
    this.runtime = runtime;
    this.identity = identity;
    this.keys = keys;
  }

  @Transactional(readOnly = true)
  public Optional<String> earlier(Viewer viewer, String idempotencyKey) {
    return idempotencyKey == null ? Optional.empty()
        : keys.findByUserIdAndKeyValue(viewer.userId(), idempotencyKey).map(IdempotencyKey::getReference);
  }

  /** Starts plan-intake as the viewer; with a key, a concurrent twin fails on the key's unique constraint and leaves nothing. */
  @Transactional
  public String submit(PlanForms.Submission plan, Viewer viewer, String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      throw InvalidFormDataException.of("Idempotency-Key", "De Idempotency-Key is 1 tot 100 tekens lang.");
    }
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
    String reference = started.getBusinessKey();
    if (idempotencyKey != null) {
      keys.saveAndFlush(new IdempotencyKey(viewer.userId(), idempotencyKey, reference, ProcessValues.now()));
    }
    return reference;
  }
}
