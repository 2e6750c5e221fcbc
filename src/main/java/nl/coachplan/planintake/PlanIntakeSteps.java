package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.coachplan.engine.FormDisplay;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.funding.Financing;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code plan-intake} process, called by expression from its BPMN. Thin: reads and
 * validates form variables, lets {@link Plans} change the case, and puts what a person needs to
 * see on the task as task-local variables.
 */
@Component("planIntake")
public class PlanIntakeSteps {

  static final String CONTRIBUTION_ID = "contributionId";

  private final Plans plans;
  private final FormReader forms;
  private final FormDisplay display;
  private final CaseOfInstance caseOf;

  public PlanIntakeSteps(Plans plans, FormReader forms, FormDisplay display, CaseOfInstance caseOf) {
    this.plans = plans;
    this.forms = forms;
    this.display = display;
    this.caseOf = caseOf;
  }

  /**
   * The one step that reads the start form: it creates the plan and makes its reference the
   * business key, by which every later step finds the plan.
   */
  public void submit(DelegateExecution execution) {
    Plan plan = plans.submit(forms.read(execution.getVariables(), PlanForms.Submission.class));
    execution.setProcessBusinessKey(plan.getReference());
    execution.setVariable("planReference", plan.getReference());
    execution.setVariable("planTitle", plan.getTitle());
  }

  public List<Long> contributionsToConfirm(DelegateExecution execution) {
    return plans.pendingContributionIds(caseOf.plan(execution));
  }

  /**
   * For plan-intake versions deployed before the steps read the case by business key: their running
   * instances still call this. Completing the task is checked against the case file all the same.
   */
  public String confirmationGroup(Object contributionId) {
    return plans.contribution(((Number) contributionId).longValue()).getOrganisation().groupId();
  }

  public String confirmationGroup(DelegateExecution execution, Object contributionId) {
    return caseOf.contribution(execution, contributionId).getOrganisation().groupId();
  }

  public void enterStage(DelegateExecution execution, String stage) {
    plans.enterStage(caseOf.plan(execution), PlanStage.valueOf(stage));
  }

  /**
   * The speler (or the coordinator following up) sees the pledge. The answer variables are made
   * local to the task's own execution: parallel spelers then never overwrite each other's answers,
   * whether the task is completed through the Tasklist (submit-form) or through {@code /complete}.
   */
  public void showContribution(DelegateTask task) {
    Contribution contribution = contribution(task);
    Plan plan = contribution.getPlan();
    // The speler may read its task but not the plan's instance: the Tasklist's columns read these copies.
    task.setVariableLocal("planReference", plan.getReference());
    task.setVariableLocal("planTitle", plan.getTitle());
    task.setVariableLocal("contributionSummary", PlanOverview.contribution(contribution));
    DelegateExecution answers = task.getExecution();
    if ("confirmContribution".equals(task.getTaskDefinitionKey())) {
      answers.setVariableLocal("contributionConfirmed", Variables.booleanValue(null));
      answers.setVariableLocal("confirmedAmountEuro", contribution.getAmountEuro() == null ? null : contribution.getAmountEuro().doubleValue());
      answers.setVariableLocal("confirmedHoursPerYear", contribution.getHoursPerYear());
      answers.setVariableLocal("remark", Variables.stringValue(null));
    } else {
      answers.setVariableLocal("followUpNote", Variables.stringValue(null));
    }
  }

  public void contributionAnswered(DelegateTask task) {
    plans.answer(contribution(task), forms.read(task.getExecution().getVariablesLocal(), PlanForms.Confirmation.class));
  }

  public void followedUp(DelegateTask task) {
    plans.followUp(contribution(task), forms.read(task.getExecution().getVariablesLocal(), PlanForms.FollowUp.class));
  }

  /** What the deciding person needs, as far as the task's form shows it: the plan, remarks, profile and financing. */
  public void showPlan(DelegateTask task) {
    Plan plan = plan(task);
    FormDisplay.Copies copies = display.on(task);
    copies.show("planOverview", () -> PlanOverview.plan(plan));
    copies.show("contributionsOverview", () -> ProcessValues.json(PlanOverview.contributionRows(plan)));
    copies.show("reviewRemarks", () -> PlanOverview.remarks(plans.reviews(plan)));
    copies.show(RemainingFteCopy.NAME, () -> RemainingFteCopy.text(plans, plan));
    Optional<Profile> profile = plans.profileOf(plan);
    profile.ifPresent(p -> {
      copies.show("profileOverview", () -> PlanOverview.profile(p, plans.fte(plan)));
      copies.show("trainingAdviceText", () -> p.getTrainingAdvice() == null || p.getTrainingAdvice().isEmpty()
          ? "Geen aanvullende scholing nodig." : p.getTrainingAdvice());
    });
    copies.show("financingOverview", () -> {
      var budget = plans.budget(plan);
      Financing financing = budget
          .map(b -> plans.finance(plan, b.getAnnualCostPerFte(), b.getOtherCostsEuro()))
          .orElseGet(() -> plans.finance(plan, BigDecimal.ZERO, BigDecimal.ZERO));
      return PlanOverview.financing(financing, plan.getRound().getRijksbijdragePerFte(),
          plan.getRound().getLocalShareMinimumPercent(), plan.getRound().isInKindCountsAsCofinancing(), budget.isPresent());
    });
  }

  /**
   * The revision form opens with the plan as the case file holds it: a plan submitted through our
   * API handed its fields to the engine only for its start. They are set as the instance's
   * variables, where the Tasklist's answers land too (a task-local copy would catch the answers of
   * submit-form but not of {@code /complete}); the case file keeps each new text as a version.
   */
  public void prefillRevision(DelegateTask task) {
    Plan plan = plan(task);
    DelegateExecution instance = task.getExecution();
    instance.setVariable("roundYear", plan.getRound().getYear());
    instance.setVariable("title", plan.getTitle());
    // Shown only: no step reads it, and the revision refuses another aanvoerder than the case file's.
    instance.setVariable("aanvoerder", plan.getAanvoerder().getSlug());
    instance.setVariable("goals", plan.getGoals());
    instance.setVariable("targetGroups", ProcessValues.json(plan.getTargetGroups()));
    instance.setVariable("settings", ProcessValues.json(plan.getSettings()));
    instance.setVariable("requestedFte", plan.getRequestedFte().doubleValue());
    instance.setVariable("profileType", plan.getProfileType());
    instance.setVariable("aanvoerderContributionEuro", plan.getAanvoerderContributionEuro().doubleValue());
    instance.setVariable("contributions", ProcessValues.json(plan.getContributions().stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("organization", c.getOrganisation().getSlug());
      row.put("kind", c.getKind());
      row.put("amountEuro", c.getAmountEuro() == null ? null : c.getAmountEuro().doubleValue());
      row.put("hoursPerYear", c.getHoursPerYear());
      row.put("description", c.getDescription());
      return row;
    }).toList()));
  }

  /** The profile form opens with the type of the draft before, or else the one the plan asked for. */
  public void prefillProfile(DelegateTask task) {
    Plan plan = plan(task);
    String type = plans.profileOf(plan).map(Profile::getProfileType).orElse(plan.getProfileType());
    if (!type.equals(task.getVariable("profileType"))) {
      task.getExecution().setVariable("profileType", type);
    }
  }

  public void screened(DelegateTask task) {
    plans.screen(plan(task), forms.read(task.getVariables(), PlanForms.Screening.class));
  }

  public void revised(DelegateTask task) {
    Plan plan = plan(task);
    plans.revise(plan, forms.read(task.getVariables(), PlanForms.Submission.class));
    task.getExecution().setVariable("planTitle", plan.getTitle());
  }

  public void reviewed(DelegateTask task) {
    plans.review(plan(task), forms.read(task.getVariables(), PlanForms.Review.class));
  }

  public void profileDrafted(DelegateTask task) {
    Profile profile = plans.draftProfile(plan(task), forms.read(task.getVariables(), PlanForms.ProfileDraft.class));
    // Handed to the training-advice DMN in this transaction only; FEEL reads it as a list.
    task.getExecution().setVariable("competencyList", Variables.objectValue(profile.getCompetencies(), true).create());
  }

  public void trainingAdvised(DelegateExecution execution) {
    Object advice = execution.getVariable("trainingAdvice");
    List<String> trainings = advice instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    plans.adviseTraining(caseOf.plan(execution), trainings);
  }

  public void budgetDrafted(DelegateTask task) {
    plans.draftBudget(plan(task), forms.read(task.getVariables(), PlanForms.BudgetDraft.class));
  }

  public void budgetDecided(DelegateTask task) {
    plans.decideBudget(plan(task), forms.read(task.getVariables(), PlanForms.BudgetDecision.class));
  }

  public void approved(DelegateExecution execution) {
    plans.approve(caseOf.plan(execution));
  }

  public void withdrawn(DelegateExecution execution) {
    Object reason = execution.getVariable("withdrawalReason");
    plans.withdraw(caseOf.plan(execution), reason == null ? null : reason.toString());
  }

  private Plan plan(DelegateTask task) {
    return caseOf.plan(task.getExecution());
  }

  private Contribution contribution(DelegateTask task) {
    return caseOf.contribution(task.getExecution(), task.getVariable(CONTRIBUTION_ID));
  }
}
