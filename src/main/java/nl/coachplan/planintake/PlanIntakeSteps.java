package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.coachplan.engine.FormDisplay;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.funding.Financing;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code plan-intake} process, called by expression from its BPMN. Thin: reads and
 * validates form variables, lets {@link PlanContents}, {@link IntakeDecisions} and
 * {@link ProfileAndBudget} change the case, and puts what a person needs to see on the task as
 * task-local variables (read through {@link Plans}).
 */
@Component("planIntake")
public class PlanIntakeSteps {

  private final Plans plans;
  private final PlanContents contents;
  private final IntakeDecisions decisions;
  private final ProfileAndBudget profileAndBudget;
  private final RoundFte roundFte;
  private final FormReader forms;
  private final FormDisplay display;
  private final CaseOfInstance caseOf;
  private final FundingRules rules;

  public PlanIntakeSteps(Plans plans, PlanContents contents, IntakeDecisions decisions, ProfileAndBudget profileAndBudget,
      RoundFte roundFte, FormReader forms, FormDisplay display, CaseOfInstance caseOf, FundingRules rules) {
    this.rules = rules;
    this.plans = plans;
    this.contents = contents;
    this.decisions = decisions;
    this.profileAndBudget = profileAndBudget;
    this.roundFte = roundFte;
    this.forms = forms;
    this.display = display;
    this.caseOf = caseOf;
  }

  /**
   * The one step that reads the start form: it creates the plan and makes its reference the
   * business key, by which every later step finds the plan. A submission through our API starts
   * with the reference it reserved as business key (the Tasklist's start, with none).
   */
  public void submit(DelegateExecution execution) {
    Plan plan = contents.submit(forms.read(execution.getVariables(), PlanForms.Submission.class), execution.getProcessBusinessKey());
    execution.setProcessBusinessKey(plan.getReference());
    execution.setVariable(ProcessVariables.PLAN_REFERENCE, plan.getReference());
    execution.setVariable(ProcessVariables.PLAN_TITLE, plan.getTitle());
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
    decisions.enterStage(caseOf.plan(execution), PlanStage.valueOf(stage));
  }

  /**
   * The speler (or the coordinator following up) sees the pledge. The answer variables are made
   * local to the task's own execution: parallel spelers then never overwrite each other's answers,
   * whether the task is completed through the Tasklist (submit-form) or through {@code /complete}.
   */
  public void showContribution(DelegateTask task) {
    Contribution contribution = caseOf.contribution(task);
    Plan plan = contribution.getPlan();
    // The speler may read its task but not the plan's instance: the Tasklist's columns read these copies.
    task.setVariableLocal(ProcessVariables.PLAN_REFERENCE, plan.getReference());
    task.setVariableLocal(ProcessVariables.PLAN_TITLE, plan.getTitle());
    task.setVariableLocal(ProcessVariables.CONTRIBUTION_SUMMARY, PlanOverview.contribution(contribution));
    DelegateExecution answers = task.getExecution();
    if ("confirmContribution".equals(task.getTaskDefinitionKey())) {
      answers.setVariableLocal(ProcessVariables.CONTRIBUTION_CONFIRMED, Variables.booleanValue(null));
      answers.setVariableLocal(ProcessVariables.CONFIRMED_AMOUNT_EURO, contribution.getAmountEuro() == null ? null : contribution.getAmountEuro().doubleValue());
      answers.setVariableLocal(ProcessVariables.CONFIRMED_HOURS_PER_YEAR, contribution.getHoursPerYear());
      answers.setVariableLocal(ProcessVariables.REMARK, Variables.stringValue(null));
    } else {
      answers.setVariableLocal(ProcessVariables.FOLLOW_UP_NOTE, Variables.stringValue(null));
    }
  }

  public void contributionAnswered(DelegateTask task) {
    decisions.answer(caseOf.contribution(task), forms.read(task.getExecution().getVariablesLocal(), PlanForms.Confirmation.class));
  }

  public void followedUp(DelegateTask task) {
    decisions.followUp(caseOf.contribution(task), forms.read(task.getExecution().getVariablesLocal(), PlanForms.FollowUp.class));
  }

  /** What the deciding person needs, as far as the task's form shows it: the plan, remarks, profile and financing. */
  public void showPlan(DelegateTask task) {
    Plan plan = plan(task);
    FormDisplay.Copies copies = display.on(task);
    copies.show(ProcessVariables.PLAN_OVERVIEW, () -> PlanOverview.plan(plan));
    copies.show(ProcessVariables.CONTRIBUTIONS_OVERVIEW, () -> ProcessValues.json(PlanOverview.contributionRows(plan)));
    copies.show(ProcessVariables.REVIEW_REMARKS, () -> PlanOverview.remarks(plans.reviews(plan)));
    copies.show(RemainingFteCopy.NAME, () -> RemainingFteCopy.text(roundFte, plan));
    Optional<Profile> profile = plans.profileOf(plan);
    profile.ifPresent(p -> {
      copies.show(ProcessVariables.PROFILE_OVERVIEW, () -> PlanOverview.profile(p, plans.posts(plan)));
      copies.show(ProcessVariables.TRAINING_ADVICE_TEXT, () -> p.getTrainingAdvice() == null || p.getTrainingAdvice().isEmpty()
          ? "Geen aanvullende scholing nodig." : p.getTrainingAdvice());
    });
    copies.show(ProcessVariables.FINANCING_OVERVIEW, () -> {
      var budget = plans.budget(plan);
      Financing financing = budget
          .map(b -> profileAndBudget.finance(plan, b.getAnnualCostPerFte(), b.getOtherCostsEuro()))
          .orElseGet(() -> profileAndBudget.finance(plan, BigDecimal.ZERO, BigDecimal.ZERO));
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
    instance.setVariable(ProcessVariables.ROUND_YEAR, plan.getRound().getYear());
    instance.setVariable(ProcessVariables.TITLE, plan.getTitle());
    // Shown only: no step reads it, and the revision refuses another aanvoerder than the case file's.
    instance.setVariable(ProcessVariables.AANVOERDER, plan.getAanvoerder().getSlug());
    instance.setVariable(ProcessVariables.GOALS, plan.getGoals());
    instance.setVariable(ProcessVariables.TARGET_GROUPS, ProcessValues.json(plan.getTargetGroups()));
    instance.setVariable(ProcessVariables.SETTINGS, ProcessValues.json(plan.getSettings()));
    instance.setVariable(ProcessVariables.REQUESTED_FTE, plan.getRequestedFte().doubleValue());
    instance.setVariable(ProcessVariables.PROFILE_TYPE, plan.getProfileType());
    instance.setVariable(ProcessVariables.AANVOERDER_CONTRIBUTION_EURO, plan.getAanvoerderContributionEuro().doubleValue());
    instance.setVariable(ProcessVariables.CONTRIBUTIONS, ProcessValues.json(plan.getContributions().stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("organization", c.getOrganisation().getSlug());
      row.put("kind", c.getKind());
      row.put("amountEuro", c.getAmountEuro() == null ? null : c.getAmountEuro().doubleValue());
      row.put("hoursPerYear", c.getHoursPerYear());
      row.put("description", c.getDescription());
      return row;
    }).toList()));
    // Most plans name no outcomes: then the form's empty row is enough, and no variable is written.
    if (!plan.getOutcomes().isEmpty() || instance.hasVariable(ProcessVariables.OUTCOMES)) {
      instance.setVariable(ProcessVariables.OUTCOMES, ProcessValues.json(plan.getOutcomes().stream().map(o -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("outcome", o.getOutcome());
        row.put("measure", o.getMeasure());
        return row;
      }).toList()));
    }
  }

  /**
   * The profile form opens with the type of the draft before, or else the one the plan asked for, and
   * the employer's full-time week the draft before stated (the form's own answer), or else the municipality's.
   */
  public void prefillProfile(DelegateTask task) {
    Plan plan = plan(task);
    String type = plans.profileOf(plan).map(Profile::getProfileType).orElse(plan.getProfileType());
    if (!type.equals(task.getVariable(ProcessVariables.PROFILE_TYPE))) {
      task.getExecution().setVariable(ProcessVariables.PROFILE_TYPE, type);
    }
    if (task.getVariable(ProcessVariables.FULL_TIME_HOURS) == null) {
      task.getExecution().setVariable(ProcessVariables.FULL_TIME_HOURS, rules.fullTimeHours().doubleValue());
    }
  }

  public void screened(DelegateTask task) {
    decisions.screen(plan(task), forms.read(task.getVariables(), PlanForms.Screening.class));
  }

  public void revised(DelegateTask task) {
    Plan plan = plan(task);
    contents.revise(plan, forms.read(task.getVariables(), PlanForms.Submission.class));
    task.getExecution().setVariable(ProcessVariables.PLAN_TITLE, plan.getTitle());
  }

  public void reviewed(DelegateTask task) {
    decisions.review(plan(task), forms.read(task.getVariables(), PlanForms.Review.class));
  }

  public void profileDrafted(DelegateTask task) {
    Profile profile = profileAndBudget.draftProfile(plan(task), forms.read(task.getVariables(), PlanForms.ProfileDraft.class));
    // Handed to the training-advice DMN in this transaction only; FEEL reads it as a list.
    task.getExecution().setVariable(ProcessVariables.COMPETENCY_LIST, Variables.objectValue(profile.getCompetencies(), true).create());
  }

  public void trainingAdvised(DelegateExecution execution) {
    profileAndBudget.adviseTraining(caseOf.plan(execution), ProcessVariables.texts(execution, ProcessVariables.TRAINING_ADVICE));
  }

  public void budgetDrafted(DelegateTask task) {
    profileAndBudget.draftBudget(plan(task), forms.read(task.getVariables(), PlanForms.BudgetDraft.class));
  }

  public void budgetDecided(DelegateTask task) {
    profileAndBudget.decideBudget(plan(task), forms.read(task.getVariables(), PlanForms.BudgetDecision.class));
  }

  public void approved(DelegateExecution execution) {
    decisions.approve(caseOf.plan(execution));
  }

  public void withdrawn(DelegateExecution execution) {
    decisions.withdraw(caseOf.plan(execution), ProcessVariables.text(execution, ProcessVariables.WITHDRAWAL_REASON));
  }

  private Plan plan(DelegateTask task) {
    return caseOf.plan(task.getExecution());
  }
}
