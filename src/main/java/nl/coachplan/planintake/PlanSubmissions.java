package nl.coachplan.planintake;

import java.util.Optional;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.fundinground.FundingRounds;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.NotFound;
import nl.coachplan.validation.FormReader;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits a plan from our API: the plan-intake start, its case file and the idempotency key commit
 * together. The plan's reference is reserved just before, in a short transaction of its own, and
 * handed to the start as its business key (held in {@link ReservedReferences} meanwhile, which is
 * what {@link PlanContents#submit} trusts), so submissions in one round run side by side instead of
 * one by one behind the round's lock; a submission that fails after its checks leaves a gap in the
 * round's numbers.
 */
@Service
public class PlanSubmissions {

  /** The longest reason for a withdrawal, in characters. */
  public static final int MAX_REASON = 4000;

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final IdempotencyKeyRepository keys;
  private final PlanContents contents;
  private final FundingRounds rounds;
  private final TransactionTemplate transaction;
  private final TransactionTemplate checks;
  private final FormReader forms;
  private final AsCaller asCaller;
  private final PlanRepository planRepository;
  private final AccessPolicy policy;
  private final ReservedReferences reservedReferences;

  public PlanSubmissions(RuntimeService runtime, IdentityService identity, IdempotencyKeyRepository keys, PlanContents contents,
      FundingRounds rounds, PlatformTransactionManager transactions, FormReader forms, AsCaller asCaller,
      PlanRepository planRepository, AccessPolicy policy, ReservedReferences reservedReferences) {
    this.runtime = runtime;
    this.identity = identity;
    this.keys = keys;
    this.contents = contents;
    this.rounds = rounds;
    this.transaction = new TransactionTemplate(transactions);
    this.checks = new TransactionTemplate(transactions);
    this.checks.setReadOnly(true);
    this.forms = forms;
    this.asCaller = asCaller;
    this.planRepository = planRepository;
    this.policy = policy;
    this.reservedReferences = reservedReferences;
  }

  @Transactional(readOnly = true)
  public Optional<String> earlier(Viewer viewer, String idempotencyKey) {
    return idempotencyKey == null ? Optional.empty()
        : keys.findByUserIdAndKeyValue(viewer.userId(), idempotencyKey).map(IdempotencyKey::getReference);
  }

  /** Starts plan-intake as the viewer; with a key, a concurrent twin fails on the key's unique constraint and leaves nothing. */
  public String submit(PlanForms.Submission plan, Viewer viewer, String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      throw InvalidFormDataException.of("Idempotency-Key", "De Idempotency-Key is 1 tot 100 tekens lang.");
    }
    // The start reads the plan from these and the case file keeps it, with every later text as a
    // version: they are handed over transient, so the engine writes neither them nor their history
    // (42 rows a submission).
    VariableMap variables = Variables.createVariables()
        .putValueTyped(ProcessVariables.ROUND_YEAR, Variables.integerValue(plan.roundYear(), true))
        .putValueTyped(ProcessVariables.TITLE, Variables.stringValue(plan.title(), true))
        .putValueTyped(ProcessVariables.AANVOERDER, Variables.stringValue(plan.aanvoerder(), true))
        .putValueTyped(ProcessVariables.GOALS, Variables.stringValue(plan.goals(), true))
        .putValueTyped(ProcessVariables.TARGET_GROUPS, Variables.objectValue(plan.targetGroups(), true).create())
        .putValueTyped(ProcessVariables.SETTINGS, Variables.objectValue(plan.settings(), true).create())
        .putValueTyped(ProcessVariables.REQUESTED_FTE, Variables.objectValue(plan.requestedFte(), true).create())
        .putValueTyped(ProcessVariables.PROFILE_TYPE, Variables.stringValue(plan.profileType(), true))
        .putValueTyped(ProcessVariables.AANVOERDER_CONTRIBUTION_EURO, Variables.objectValue(plan.aanvoerderContributionEuro(), true).create())
        .putValueTyped(ProcessVariables.CONTRIBUTIONS, Variables.objectValue(plan.contributionsOrEmpty(), true).create())
        .putValueTyped(ProcessVariables.OUTCOMES, Variables.objectValue(plan.outcomesOrEmpty(), true).create());
    // As the viewer, so the plan records who submitted it; who may submit what is the access
    // policy's (PlanContents' checks), not the engine's: organisations hold no engine rights.
    identity.setAuthentication(viewer.userId(), viewer.groups());
    try {
      // Refused input costs no reference: who may submit plans, then the same rules as the start
      // applies (Bean Validation, then the case's checks), in one read-only transaction.
      checks.executeWithoutResult(status -> {
        contents.checkMaySubmit();
        contents.check(forms.validate(plan));
      });
      String reserved = rounds.reservePlanReference(plan.roundYear());
      reservedReferences.hold(plan.roundYear(), reserved);
      try {
        return transaction.execute(status -> asCaller.run(viewer.userId(), viewer.groups(), () -> {
          ProcessInstance started = runtime.createProcessInstanceByKey("plan-intake").businessKey(reserved)
              .setVariables(variables).execute();
          String reference = started.getBusinessKey();
          if (idempotencyKey != null) {
            keys.saveAndFlush(new IdempotencyKey(viewer.userId(), idempotencyKey, reference, ProcessValues.now()));
          }
          return reference;
        }));
      } finally {
        reservedReferences.release(reserved);
      }
    } finally {
      identity.clearAuthentication();
    }
  }

  /** A plan as the page that asks about its withdrawal shows it, and whether the viewer may withdraw it now. */
  public record Withdrawable(String reference, String title, PlanStage stage, boolean allowed) {}

  /** The plan's withdrawal as the viewer would ask it; a plan the viewer may not see is not found. */
  public Withdrawable withdrawable(String reference, Viewer viewer) {
    return checks.execute(status -> {
      Plan plan = planRepository.findByReference(reference).orElse(null);
      if (plan == null || !policy.seesCase(viewer, plan.parties())) {
        throw new NotFound("Er is geen plan " + reference + " dat u mag inzien.");
      }
      return new Withdrawable(plan.getReference(), plan.getTitle(), plan.getStage(),
          mayWithdraw(policy, viewer, plan.getStage(), plan.getAanvoerder().getSlug()));
    });
  }

  /** A plan is withdrawn before its approval, by its aanvoerder or the coordinator (the access policy, from the case file). */
  public static boolean mayWithdraw(AccessPolicy policy, Viewer viewer, PlanStage stage, String aanvoerder) {
    return stage.isBeforeApproval() && policy.mayWithdraw(viewer, aanvoerder);
  }

  /**
   * Withdraws a plan before its approval, for its aanvoerder or the coordinator (the access policy
   * decides from the case file). False when the plan is past the point where it can be withdrawn.
   */
  public boolean withdraw(String reference, String reason, Viewer viewer) {
    String text = reason == null ? "" : reason.strip();
    if (text.length() > MAX_REASON) {
      throw InvalidFormDataException.of("reason",
          "De reden mag hoogstens " + MAX_REASON + " tekens lang zijn; u typte er " + text.length() + ".");
    }
    var parties = transaction.execute(status -> planRepository.findByReference(reference).map(Plan::parties).orElse(null));
    if (parties == null || !policy.seesCase(viewer, parties)) {
      throw new NotFound("Er is geen plan " + reference + " dat u mag inzien.");
    }
    if (!policy.mayWithdraw(viewer, parties)) {
      throw new Forbidden("Alleen de aanvoerder van het plan of de coördinator kan het plan intrekken.");
    }
    return Boolean.TRUE.equals(transaction.execute(status -> asCaller.run(viewer.userId(), viewer.groups(), () -> {
      ProcessInstance intake = runtime.createProcessInstanceQuery().processDefinitionKey("plan-intake")
          .processInstanceBusinessKey(reference).singleResult();
      if (intake == null || runtime.createEventSubscriptionQuery().processInstanceId(intake.getId())
          .eventType("message").eventName("PlanWithdrawn").count() == 0) {
        return false;
      }
      runtime.createMessageCorrelation("PlanWithdrawn").processInstanceId(intake.getId())
          .setVariable(ProcessVariables.WITHDRAWAL_REASON, text.isEmpty() ? null : text).correlateWithResult();
      return true;
    })));
  }
}
