package nl.coachplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.coachhiring.ContractRepository;
import nl.coachplan.coachhiring.HiringForms.Appointment;
import nl.coachplan.coachhiring.HiringForms.Selection;
import nl.coachplan.coachhiring.HiringForms.VacancyForm;
import nl.coachplan.contractrenewal.RenewalForms.ContractDecision;
import nl.coachplan.contractrenewal.RenewalForms.FundingDecision;
import nl.coachplan.contractrenewal.RenewalForms.LadderCounts;
import nl.coachplan.contractrenewal.RenewalForms.NextYearForm;
import nl.coachplan.contractrenewal.RenewalForms.Reconfirmation;
import nl.coachplan.contractrenewal.RenewalForms.YearReportForm;
import nl.coachplan.engine.FormValues;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanForms.BudgetDecision;
import nl.coachplan.planintake.PlanForms.BudgetDraft;
import nl.coachplan.planintake.PlanForms.Confirmation;
import nl.coachplan.planintake.PlanForms.PostRow;
import nl.coachplan.planintake.PlanForms.ProfileDraft;
import nl.coachplan.planintake.PlanForms.Review;
import nl.coachplan.planintake.PlanForms.Screening;
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
    return approvedPlan(year, grantedFte, submitted, 1.0, profile(decimal(36), null, null));
  }

  /**
   * Bink Kinderopvang's three coaches, with the same spelers as Werk &amp; Inkomen's plan: 2.4 fte
   * approved and divided into three posts of 28.8 hours at a 36-hour week. Each post's hiring waits.
   */
  protected String binkPlan(int year, double grantedFte) {
    Map<String, Object> plan = new java.util.HashMap<>(PlanScenario.plan(year, PlanScenario.soestContributions()));
    plan.putAll(PlanScenario.planOf("bink-kinderopvang", "Drie buurtsportcoaches in de kinderopvang", 2.4, 80000));
    return approvedPlan(year, grantedFte, plan, 2.4, profile(null, decimal(36), postRows(28.8, 28.8, 28.8)));
  }

  /** The profile form's posts: one row per post with its hours per week, as the Tasklist sends the list. */
  protected static Object posts(double... hoursPerWeek) {
    return ProcessValues.json(postRows(hoursPerWeek));
  }

  private static List<PostRow> postRows(double... hoursPerWeek) {
    return java.util.Arrays.stream(hoursPerWeek).mapToObj(h -> new PostRow(null, decimal(h))).toList();
  }

  /** The profile form as the aanvoerder fills it in: one post of these hours, or a full-time week and posts. */
  private static ProfileDraft profile(BigDecimal hoursPerWeek, BigDecimal fullTimeHours, List<PostRow> posts) {
    return new ProfileDraft("buurtsportcoach", null, hoursPerWeek, fullTimeHours, posts, "Sport en bewegen",
        List.of("sportTechnical", "vulnerableGroups", "motivationalInterviewing", "networking"));
  }

  protected static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  /** A plan approved for this fte, its profile's hours (or posts) as given, its budget approved. */
  private String approvedPlan(int year, double grantedFte, Map<String, Object> plan, double approvedFte, ProfileDraft profile) {
    openRound(year, grantedFte);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", plan);
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Confirmation shown = FormValues.shown(taskService.getVariables(task.getId()), Confirmation.class);
      taskService.complete(task.getId(), FormValues.of(
          new Confirmation(true, shown.confirmedAmountEuro(), shown.confirmedHoursPerYear(), null)));
    }
    completeTask(intake, "screenPlan", FormValues.of(new Screening("complete", null)));
    completeTask(intake, "jointReview", FormValues.of(
        new Review(LocalDate.of(year, 5, 12), null, null, null, "approve", decimal(approvedFte))));
    completeTask(intake, "draftProfile", FormValues.of(profile));
    completeTask(intake, "draftBudget", FormValues.of(new BudgetDraft("CAO Sport schaal 7", decimal(50000), decimal(2000))));
    completeTask(intake, "approveProfileAndBudget", FormValues.of(new BudgetDecision("approve", null)));
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
    completeTask(hiring, "openVacancy", FormValues.of(new VacancyForm("Buurtsportcoach speciale doelgroepen, 36 uur", closing, internalRoute)));
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
    completeTask(hiring, "selectCandidate", FormValues.of(new Selection("selected", null)));
    completeTask(hiring, "appointCoach", FormValues.of(new Appointment("Coach " + reference, start, decimal(hours), null, trainee)));
  }

  /** Executes the instance's timer, after checking the engine's clock has made it due. */
  protected void fireDueTimer(ProcessInstance instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job).as("a timer waits").isNotNull();
    assertThat(job.getDuedate()).as("the timer is due by the engine's clock").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    managementService.executeJob(job.getId());
  }

  protected Map<String, Object> ladder(int... counts) {
    return FormValues.of(ladderCounts(counts));
  }

  private static LadderCounts ladderCounts(int... counts) {
    return new LadderCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  protected void yearReport(ProcessInstance year, int participants, boolean wantsStructural, List<String> steps) {
    completeTask(year, "submitYearReport", FormValues.of(new YearReportForm(participants,
        ladderCounts(40, 30, 30, 10, 5, 5), ladderCounts(20, 30, 35, 20, 10, 5), "Wekelijkse beweeggroep in de bibliotheek",
        decimal(51000), wantsStructural, steps, null, null, null)));
  }

  /** The aanvoerder intends to continue with this year's hours and costs (the form's prefilled values). */
  protected void intendToContinue(ProcessInstance year) {
    NextYearForm shown = FormValues.shown(taskService.getVariables(task(year, "prepareNextYear").getId()), NextYearForm.class);
    completeTask(year, "prepareNextYear", FormValues.of(new NextYearForm("continue", shown.nextYearHoursPerWeek(),
        shown.nextYearAnnualCostPerFte(), shown.nextYearOtherCostsEuro(), null, null)));
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
      Reconfirmation shown = FormValues.shown(taskService.getVariables(task.getId()), Reconfirmation.class);
      taskService.complete(task.getId(), FormValues.of(stops
          ? new Reconfirmation(false, null, null, "Geen budget meer")
          : new Reconfirmation(true, shown.nextYearAmountEuro(), shown.nextYearHoursPerYear(), null)));
    }
  }

  /** The gemeente's decision on next year's fte and Rijk money: continue, structural or stop. */
  protected void decideFunding(ProcessInstance year, String decision, String remarks) {
    completeTask(year, "evaluateYear", FormValues.of(new FundingDecision(decision, remarks)));
  }

  /** The aanvoerder's decision, as employer, on the employment contract: renew or end. */
  protected void decideContract(ProcessInstance year, String decision, String remarks) {
    completeTask(year, "decideContract", FormValues.of(new ContractDecision(decision, remarks)));
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
