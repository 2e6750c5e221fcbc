package nl.coachplan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.coachhiring.HiringForms.Appointment;
import nl.coachplan.coachhiring.HiringForms.Selection;
import nl.coachplan.coachhiring.HiringForms.VacancyForm;
import nl.coachplan.contractrenewal.RenewalForms.ContractDecision;
import nl.coachplan.contractrenewal.RenewalForms.FundingDecision;
import nl.coachplan.contractrenewal.RenewalForms.LadderCounts;
import nl.coachplan.contractrenewal.RenewalForms.NextYearForm;
import nl.coachplan.contractrenewal.RenewalForms.Reconfirmation;
import nl.coachplan.contractrenewal.RenewalForms.YearReportForm;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.FormValues;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.fundinground.RoundForms.Meeting;
import nl.coachplan.fundinground.RoundForms.MeetingRecord;
import nl.coachplan.fundinground.RoundForms.Start;
import nl.coachplan.planintake.PlanForms.BudgetDecision;
import nl.coachplan.planintake.PlanForms.BudgetDraft;
import nl.coachplan.planintake.PlanForms.Confirmation;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.ProfileDraft;
import nl.coachplan.planintake.PlanForms.Review;
import nl.coachplan.planintake.PlanForms.Screening;
import nl.coachplan.planintake.PlanForms.Submission;
import nl.coachplan.planintake.PlanRepository;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of the demo's story, as its users take them: each a form submitted as that user through
 * the real processes (the access policy checks it against the case file; organisations hold no
 * engine rights), on the story's clock.
 */
@Component
class DemoSteps {

  private final IdentityService identityService;
  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final AsCaller asCaller;
  private final PlanRepository plans;
  private DemoClock clock;

  DemoSteps(IdentityService identityService, FormService formService, TaskService taskService, RuntimeService runtimeService,
      ManagementService managementService, RepositoryService repositoryService, AsCaller asCaller, PlanRepository plans) {
    this.identityService = identityService;
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.asCaller = asCaller;
    this.plans = plans;
  }

  /** The story's clock, on which every step is taken. */
  void on(DemoClock clock) {
    this.clock = clock;
  }

  /** The gemeente continues the fte and Rijk money; the aanvoerder, as employer, extends the contract. */
  void renewYear(String key, String remarks) {
    complete("coordinator", key, "evaluateYear", new FundingDecision("continue", remarks));
    complete(aanvoerderOf(key.substring(0, key.lastIndexOf('/'))), key, "decideContract", new ContractDecision("renew", null));
  }

  void startRound(int year, double grantedFte, LocalDate callDeadline) {
    as("coordinator", () -> formService.submitStartForm(definitionId("funding-round"), FormValues.of(new Start(
        year, decimal(grantedFte), decimal(20000), 60, false, callDeadline))));
  }

  void prepareMeeting(int year, LocalDate meetingDate) {
    complete("coordinator", roundKey(year), "prepareMeeting", new Meeting(meetingDate, "Raadhuis Soest, raadzaal",
        List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans", "bink-kinderopvang", "zippies-bso", "idea", "amerpoort",
            "mee", "vv-sec", "optisport", "gemeente-soest")));
  }

  void recordMeeting(int year) {
    complete("coordinator", roundKey(year), "recordMeeting", new MeetingRecord(
        List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans", "bink-kinderopvang", "zippies-bso", "idea", "vv-sec",
            "mee", "gemeente-soest"),
        "Goedbezochte bijeenkomst met sportorganisaties, onderwijs, maatschappelijke partners en "
            + "beleidsambtenaren. In werkvormen verkend waar buurtsportcoaches verbindingen in de wijk kunnen maken. "
            + "Oproep gedaan om plannen in te dienen, het liefst met partners en een voorstel voor cofinanciering en aanstelling."));
  }

  static String roundKey(int year) {
    return "round-" + year;
  }

  void appoint(String ref, String coachName, LocalDate start, double hoursPerWeek, boolean trainee) {
    complete(aanvoerderOf(ref), ref, "appointCoach", new Appointment(coachName, start, decimal(hoursPerWeek), null, trainee));
  }

  void select(String ref, String outcome, String remarks) {
    complete(aanvoerderOf(ref), ref, "selectCandidate", new Selection(outcome, remarks));
  }

  LocalDate contractEnd(String ref, int year) {
    String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref + "/" + year).singleResult().getId();
    return LocalDate.parse((String) runtimeService.getVariable(id, ProcessVariables.CONTRACT_END_DATE));
  }

  void vacancy(String ref, String text, LocalDate closing, boolean internal) {
    complete(aanvoerderOf(ref), ref, "openVacancy", new VacancyForm(text, closing, internal));
  }

  /** The aanvoerder reports the year (the timer has fired on its date) and every speler continues. */
  void reportAndReconfirm(String ref, int year) {
    String key = ref + "/" + year;
    int reached = 40 + 15 * year;
    // The participatieladder only where the plan works with people towards work (Werk & Inkomen's).
    Task reportTask = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("submitYearReport").singleResult();
    boolean ladder = !Boolean.FALSE.equals(taskService.getVariable(reportTask.getId(), ProcessVariables.LADDER_APPLIES));
    complete(aanvoerderOf(ref), key, "submitYearReport", new YearReportForm(reached,
        ladder ? ladder(reached, 0) : null, ladder ? ladder(reached, 1) : null,
        "Wekelijkse beweeggroepen en doorstroom naar de sportverenigingen.", decimal(50000), true,
        List.of("partnerCommitment"), null, null, null));
    // The aanvoerder, as employer, continues with this year's hours and costs (the form's prefilled values).
    NextYearForm prefilled = FormValues.shown(taskService.getVariables(taskService.createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("prepareNextYear").singleResult().getId()), NextYearForm.class);
    complete(aanvoerderOf(ref), key, "prepareNextYear", new NextYearForm("continue", prefilled.nextYearHoursPerWeek(),
        prefilled.nextYearAnnualCostPerFte(), prefilled.nextYearOtherCostsEuro(), null, null));
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("reconfirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Reconfirmation shown = FormValues.shown(taskService.getVariables(task.getId()), Reconfirmation.class);
      as(speler, () -> taskService.complete(task.getId(), FormValues.of(
          new Reconfirmation(true, shown.nextYearAmountEuro(), shown.nextYearHoursPerYear(), null))));
    }
  }

  /** Participants over the rungs of the participatieladder; {@code shift} moves a share one rung up. */
  static LadderCounts ladder(int total, int shift) {
    int[] share = shift == 0 ? new int[] {30, 25, 25, 10, 6, 4} : new int[] {18, 25, 30, 15, 8, 4};
    int[] rungs = new int[6];
    int assigned = 0;
    for (int i = 0; i < 6; i++) {
      rungs[i] = i == 5 ? total - assigned : total * share[i] / 100;
      assigned += rungs[i];
    }
    return new LadderCounts(rungs[0], rungs[1], rungs[2], rungs[3], rungs[4], rungs[5]);
  }

  String submit(int roundYear, String aanvoerder, String title, String goals, List<String> targetGroups, List<String> settings,
      double fte, String profileType, double aanvoerderEuro, List<ContributionRow> contributions) {
    var instance = as(aanvoerder, () -> formService.submitStartForm(definitionId("plan-intake"), FormValues.of(
        plan(roundYear, title, goals, targetGroups, settings, fte, profileType, aanvoerderEuro, contributions))));
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  static Submission plan(int roundYear, String title, String goals, List<String> targetGroups, List<String> settings,
      double fte, String profileType, double aanvoerderEuro, List<ContributionRow> contributions) {
    return new Submission(roundYear, title, null, goals, targetGroups, settings, decimal(fte), profileType, decimal(aanvoerderEuro),
        contributions, null);
  }

  void confirmAll(String ref) {
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Confirmation shown = FormValues.shown(taskService.getVariables(task.getId()), Confirmation.class);
      as(speler, () -> taskService.complete(task.getId(), FormValues.of(
          new Confirmation(true, shown.confirmedAmountEuro(), shown.confirmedHoursPerYear(), "Graag!"))));
    }
  }

  void confirm(String ref, String speler, boolean confirmed, Double amount, Integer hours, String remark) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution")
        .taskCandidateGroup("org-" + speler).singleResult();
    as(speler, () -> taskService.complete(task.getId(), FormValues.of(
        new Confirmation(confirmed, amount == null ? null : decimal(amount), hours, remark))));
  }

  void screen(String ref, String outcome, String remarks) {
    complete("coordinator", ref, "screenPlan", new Screening(outcome, remarks));
  }

  void review(String ref, String decision, Double fte, String policyGoals, String tips) {
    complete("coordinator", ref, "jointReview", new Review(ProcessValues.today(),
        "Coördinator, beleidsambtenaar sport, aanvoerder en spelers", policyGoals, tips, decision, fte == null ? null : decimal(fte)));
  }

  void profile(String ref, String type, String localTitle, double hours, String tasks, List<String> competencies) {
    complete(aanvoerderOf(ref), ref, "draftProfile", new ProfileDraft(type, localTitle, decimal(hours), null, null, tasks, competencies));
  }

  void budget(String ref, String scale, double annualCost, double other) {
    complete(aanvoerderOf(ref), ref, "draftBudget", new BudgetDraft(scale, decimal(annualCost), decimal(other)));
  }

  void decideBudget(String ref, String decision, String remarks) {
    complete("coordinator", ref, "approveProfileAndBudget", new BudgetDecision(decision, remarks));
  }

  String aanvoerderOf(String ref) {
    return plans.findAanvoerderSlugByReference(ref).orElseThrow();
  }

  void complete(String user, String businessKey, String taskKey, Record form) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo: no task " + taskKey + " for " + businessKey);
    }
    as(user, () -> formService.submitTaskForm(task.getId(), FormValues.of(form)));
  }

  /** The story's timers are due on the story's day; fire them now instead of waiting for the job executor. */
  void fireDueTimers(String businessKey) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    for (Job job : managementService.createJobQuery().processInstanceId(instanceId).timers().executable().unlimitedList()) {
      managementService.executeJob(job.getId());
    }
  }

  /**
   * As that user, as the portal and the Tasklist would act for it: the steps record who did it and the
   * access policy checks it against the case file (organisations hold no engine rights).
   */
  <T> T as(String userId, java.util.function.Supplier<T> work) {
    clock.later();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
    return asCaller.run(userId, groups, work);
  }

  void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  static ContributionRow contribution(String org, String kind, Integer amount, Integer hours, String description) {
    return new ContributionRow(org, kind, amount == null ? null : decimal(amount), hours, description);
  }

  static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  String definitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }
}
