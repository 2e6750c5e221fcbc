package nl.coachplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.coachhiring.ContractRepository;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** Drives whole cases: an approved plan, its hiring and its contract years, as the Tasklist would. */
public abstract class CaseTestSupport extends ProcessTestSupport {

  @Autowired protected PlanRepository plans;
  @Autowired protected ContractRepository contracts;
  @Autowired protected FundingRoundRepository rounds;

  /** The engine's clock (timers, "today" of the case) at the start of this day. */
  protected void on(LocalDate day) {
    ClockUtil.setCurrentTime(ProcessValues.startOfDay(day));
  }

  /** Werk &amp; Inkomen's plan with two paying spelers and SWOS's hours, approved for 1 fte at 36 hours. */
  protected String approvedPlan(int year, double grantedFte) {
    return approvedPlan(year, grantedFte, plan -> { });
  }

  /** As {@link #approvedPlan(int, double)}, with the submitted plan changed first (its settings, outcomes, …). */
  protected String approvedPlan(int year, double grantedFte, java.util.function.Consumer<Map<String, Object>> change) {
    Map<String, Object> submitted = PlanScenario.plan(year, PlanScenario.soestContributions());
    change.accept(submitted);
    return approvedPlan(year, grantedFte, submitted, 1.0, vars("hoursPerWeek", 36));
  }

  /**
   * Bink Kinderopvang's three coaches, with the same spelers as Werk &amp; Inkomen's plan: 2.4 fte
   * approved and divided into three posts of 28.8 hours at a 36-hour week. Each post's hiring waits.
   */
  protected String binkPlan(int year, double grantedFte) {
    Map<String, Object> plan = new java.util.HashMap<>(PlanScenario.plan(year, PlanScenario.soestContributions()));
    plan.putAll(vars("aanvoerder", "bink-kinderopvang", "title", "Drie buurtsportcoaches in de kinderopvang", "requestedFte", 2.4,
        "aanvoerderContributionEuro", 80000));
    return approvedPlan(year, grantedFte, plan, 2.4, vars("fullTimeHours", 36, "posts", posts(28.8, 28.8, 28.8)));
  }

  /** The profile form's posts: one row per post with its hours per week, as the Tasklist sends the list. */
  protected static Object posts(double... hoursPerWeek) {
    return ProcessValues.json(java.util.Arrays.stream(hoursPerWeek).mapToObj(h -> Map.of("hoursPerWeek", h)).toList());
  }

  /** A plan approved for this fte, its profile's hours (or posts) as given, its budget approved. */
  protected String approvedPlan(int year, double grantedFte, Map<String, Object> plan, double approvedFte, Map<String, Object> hours) {
    openRound(year, grantedFte);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", plan);
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", shown.get("confirmedAmountEuro"), "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(intake, "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", approvedFte));
    Map<String, Object> profile = vars("profileType", "buurtsportcoach", "tasks", "Sport en bewegen",
        "competencies", ProcessValues.json(List.of("sportTechnical", "vulnerableGroups", "motivationalInterviewing", "networking")));
    profile.putAll(hours);
    completeTask(intake, "draftProfile", profile);
    completeTask(intake, "draftBudget", vars("salaryScale", "CAO Sport schaal 7", "annualCostPerFte", 50000, "otherCostsEuro", 2000));
    completeTask(intake, "approveProfileAndBudget", vars("budgetDecision", "approve"));
    return intake.getBusinessKey() != null ? intake.getBusinessKey()
        : historicBusinessKey(intake.getId());
  }

  private String historicBusinessKey(String instanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
  }

  protected ProcessInstance instance(String processKey, String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult();
  }

  protected ProcessInstance hiring(String reference) {
    return instance("coach-hiring", reference);
  }

  /** A contract year's instance; {@code reference} as for {@link #hire}: the plan's, or a post's. */
  protected ProcessInstance year(String reference, int contractYear) {
    return instance("contract-renewal", reference + "/" + contractYear);
  }

  protected Plan plan(String reference) {
    return plans.findByReference(reference).orElseThrow();
  }

  protected void openVacancy(ProcessInstance hiring, LocalDate closing, boolean internalRoute) {
    completeTask(hiring, "openVacancy", vars("vacancyText", "Buurtsportcoach speciale doelgroepen, 36 uur",
        "closingDate", closing.toString(), "internalCandidateRoute", internalRoute));
  }

  /**
   * Hires on the first attempt: vacancy from {@code start} minus two months, coach from {@code start},
   * one year. {@code reference} is the hiring's business key: the plan's, or a post's ({@code <ref>/<post>}).
   */
  protected void hire(String reference, LocalDate start, double hours, boolean trainee) {
    ProcessInstance hiring = hiring(reference);
    on(start.minusMonths(2));
    openVacancy(hiring, start.minusMonths(1), false);
    on(start.minusMonths(1).plusDays(1));
    fireDueTimer(hiring);
    completeTask(hiring, "selectCandidate", vars("selectionOutcome", "selected"));
    completeTask(hiring, "appointCoach", vars("coachName", "Coach " + reference, "startDate", start.toString(),
        "hoursPerWeek", hours, "trainee", trainee));
  }

  /** Executes the instance's timer, after checking the engine's clock has made it due. */
  protected void fireDueTimer(ProcessInstance instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job).as("a timer waits").isNotNull();
    assertThat(job.getDuedate()).as("the timer is due by the engine's clock").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    managementService.executeJob(job.getId());
  }

  protected Map<String, Object> ladder(int... counts) {
    return Map.of("rung1", counts[0], "rung2", counts[1], "rung3", counts[2], "rung4", counts[3], "rung5", counts[4], "rung6", counts[5]);
  }

  protected void yearReport(ProcessInstance year, int participants, boolean wantsStructural, List<String> steps) {
    completeTask(year, "submitYearReport", vars("participantsReached", participants,
        "ladderStart", ProcessValues.json(ladder(40, 30, 30, 10, 5, 5)), "ladderEnd", ProcessValues.json(ladder(20, 30, 35, 20, 10, 5)),
        "highlights", "Wekelijkse beweeggroep in de bibliotheek", "spentEuro", 51000,
        "wantsStructural", wantsStructural, "embeddingSteps", ProcessValues.json(steps)));
  }

  /** The aanvoerder intends to continue with this year's hours and costs (the form's prefilled values). */
  protected void intendToContinue(ProcessInstance year) {
    Map<String, Object> shown = taskService.getVariables(task(year, "prepareNextYear").getId());
    completeTask(year, "prepareNextYear", vars("contractIntention", "continue",
        "nextYearHoursPerWeek", shown.get("nextYearHoursPerWeek"), "nextYearAnnualCostPerFte", shown.get("nextYearAnnualCostPerFte"),
        "nextYearOtherCostsEuro", shown.get("nextYearOtherCostsEuro")));
  }

  /**
   * Every speler continues with this year's pledge, except those named, which stop. If the aanvoerder
   * has not yet stated its intention, it continues with this year's hours and costs first.
   */
  protected void reconfirm(ProcessInstance year, String... stopping) {
    if (taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("prepareNextYear").count() > 0) {
      intendToContinue(year);
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("reconfirmContribution").unlimitedList()) {
      String group = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      boolean stops = List.of(stopping).contains(group.substring("org-".length()));
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), stops
          ? vars("contributionContinues", false, "remark", "Geen budget meer")
          : vars("contributionContinues", true, "nextYearAmountEuro", shown.get("nextYearAmountEuro"),
              "nextYearHoursPerYear", shown.get("nextYearHoursPerYear")));
    }
  }

  /** The gemeente's decision on next year's fte and Rijk money: continue, structural or stop. */
  protected void decideFunding(ProcessInstance year, String decision, String remarks) {
    completeTask(year, "evaluateYear", vars("fundingDecision", decision, "evaluationRemarks", remarks));
  }

  /** The aanvoerder's decision, as employer, on the employment contract: renew or end. */
  protected void decideContract(ProcessInstance year, String decision, String remarks) {
    completeTask(year, "decideContract", vars("contractDecision", decision, "contractRemarks", remarks));
  }

  /** The gemeente continues the fte and Rijk money and the aanvoerder renews the contract. */
  protected void renewYear(ProcessInstance year, String remarks) {
    decideFunding(year, "continue", remarks);
    decideContract(year, "renew", null);
  }

  protected BigDecimal filledFte(int roundYear) {
    return contracts.filledFte(rounds.findByMunicipalityCodeAndYear("GM0342", roundYear).orElseThrow().getId());
  }
}
