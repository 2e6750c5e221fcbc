package nl.coachplan.planintake;

import static nl.coachplan.planintake.PlanScenario.contribution;
import static nl.coachplan.planintake.PlanScenario.plan;
import static nl.coachplan.planintake.PlanScenario.soestContributions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.coachplan.ProcessTestSupport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanIntakeProcessTest extends ProcessTestSupport {

  @Autowired PlanRepository plans;
  @Autowired ProfileAndBudget planService;
  @Autowired ReviewRecordRepository reviews;
  @Autowired ProfileRepository profiles;
  @Autowired BudgetRepository budgets;
  @Autowired PostRepository posts;

  private ProcessInstance submit(int year, List<Map<String, Object>> contributions) {
    return runtimeService.startProcessInstanceByKey("plan-intake", plan(year, contributions));
  }

  private Plan planOf(ProcessInstance instance) {
    return plans.findByReference(instance.getBusinessKey() != null ? instance.getBusinessKey()
        : runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey())
        .orElseThrow();
  }

  private Plan reload(Plan plan) {
    return plans.findById(plan.getId()).orElseThrow();
  }

  private void confirmAll(ProcessInstance instance) {
    for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Map<String, Object> local = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", local.get("confirmedAmountEuro"), "confirmedHoursPerYear", local.get("confirmedHoursPerYear")));
    }
  }

  private void screen(ProcessInstance instance, String outcome, String remarks) {
    completeTask(instance, "screenPlan", vars("screeningOutcome", outcome, "screeningRemarks", remarks));
  }

  private void review(ProcessInstance instance, String decision, Double fte, String tips) {
    completeTask(instance, "jointReview", vars("reviewDate", "2030-05-12", "reviewAttendees", "coördinator, beleid, aanvoerder",
        "policyGoals", "Participatie", "tips", tips, "reviewDecision", decision, "approvedFte", fte));
  }

  private void draftProfile(ProcessInstance instance, double hours, List<String> competencies) {
    completeTask(instance, "draftProfile", vars("profileType", "buurtsportcoach", "hoursPerWeek", hours,
        "tasks", "Verbinden en activiteiten organiseren", "competencies", ProcessValues.json(competencies)));
  }

  private void draftBudget(ProcessInstance instance, double annualCost, double other) {
    completeTask(instance, "draftBudget", vars("salaryScale", "CAO Sport schaal 7", "annualCostPerFte", annualCost,
        "otherCostsEuro", other));
  }

  @Test
  void aPlanWithSpelersGoesFromSubmissionToApproval() {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance instance = submit(year, soestContributions());
    Plan plan = planOf(instance);

    assertThat(plan.getReference()).isEqualTo(String.format("P-%d-001", year));
    assertThat(instance).isWaitingAt("confirmContribution");
    List<Task> confirmations = taskService.createTaskQuery().processInstanceId(instance.getId()).unlimitedList();
    assertThat(confirmations).hasSize(3);
    assertThat(confirmations).allSatisfy(t -> assertThat(taskService.getIdentityLinksForTask(t.getId()))
        .anyMatch(l -> l.getGroupId().startsWith("org-")));
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.CONFIRMING);

    confirmAll(instance);
    assertThat(instance).isWaitingAt("screenPlan").task().hasCandidateGroup("coordinator");
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.SCREENING);
    // The screening form shows the plan, its contributions and earlier remarks, and gets nothing else.
    assertThat(taskService.getVariablesLocal(task(instance, "screenPlan").getId()))
        .containsOnlyKeys("planOverview", "contributionsOverview", "reviewRemarks");

    screen(instance, "complete", null);
    assertThat(instance).isWaitingAt("jointReview");
    assertThat(instance).task().hasCandidateGroup("coordinator").hasCandidateGroup("policy-officer");
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.IN_REVIEW);

    review(instance, "approve", 1.0, "Betrek het wijkteam.");
    assertThat(instance).isWaitingAt("draftProfile").task().hasCandidateGroup("org-werk-en-inkomen");
    assertThat(reload(plan).getApprovedFte()).isEqualByComparingTo("1.0");
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.DRAFTING);

    draftProfile(instance, 36, List.of("sportTechnical"));
    assertThat(instance).hasPassed("adviseTraining").isWaitingAt("draftBudget");
    assertThat(profiles.findByPlan(plan).orElseThrow().getTrainingAdvice())
        .contains("kwetsbare doelgroepen").contains("motiverende gespreksvoering");
    assertThat((String) taskService.getVariable(task(instance, "draftBudget").getId(), "financingOverview"))
        .contains("Rijksbijdrage").contains("20.000,00");

    draftBudget(instance, 50000, 2000);
    Budget budget = budgets.findByPlan(plan).orElseThrow();
    assertThat(budget.getTotalCostEuro()).isEqualByComparingTo("52000");
    assertThat(budget.getRijkEuro()).isEqualByComparingTo("20000");
    assertThat(budget.getLocalEuro()).isEqualByComparingTo("32000");
    assertThat(budget.getInKindHoursPerYear()).isEqualTo(200);
    assertThat(budget.isSound()).isTrue();
    assertThat(instance).isWaitingAt("approveProfileAndBudget");
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.BUDGET_REVIEW);

    completeTask(instance, "approveProfileAndBudget", vars("budgetDecision", "approve"));
    assertThat(instance).hasPassed("approvePlan", "planApproved").isEnded();
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.HIRING);
    assertThat(reviews.findByPlanOrderByRecordedAtAscIdAsc(plan)).extracting(ReviewRecord::getKind)
        .containsExactly(ReviewRecord.Kind.SCREENING, ReviewRecord.Kind.JOINT_REVIEW, ReviewRecord.Kind.BUDGET_REVIEW);
  }

  @Test
  void aPlanWithoutSpelersGoesStraightToScreening() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of());
    assertThat(instance).isWaitingAt("screenPlan");
  }

  @Test
  void anIncompletePlanGoesBackAndOnlyChangedContributionsAreConfirmedAgain() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, soestContributions());
    confirmAll(instance);
    screen(instance, "incomplete", "Wie levert de locatie?");

    assertThat(instance).isWaitingAt("revisePlan").task().hasCandidateGroup("org-werk-en-inkomen");
    assertThat(reload(planOf(instance)).getStage()).isEqualTo(PlanStage.REVISING);
    assertThat((String) taskService.getVariable(task(instance, "revisePlan").getId(), "reviewRemarks"))
        .contains("Wie levert de locatie?");

    // MEE raises its money, VV SEC joins with a location; Zippies and SWOS stay as they were.
    completeTask(instance, "revisePlan", plan(year, List.of(contribution("zippies-bso", "money", 2500, null, null),
        contribution("mee", "money", 4000, null, "Bijdrage cliëntondersteuning"),
        contribution("swos", "hours", null, 200, "Ouderenwerkers bij activiteiten"),
        contribution("vv-sec", "location", null, null, "Velden op doordeweekse ochtenden"))));

    List<Task> again = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("confirmContribution").unlimitedList();
    assertThat(again).hasSize(2);
    assertThat(again).extracting(t -> (String) taskService.getVariable(t.getId(), "contributionSummary"))
        .anySatisfy(summary -> assertThat(summary).contains("**Speler:** MEE"))
        .anySatisfy(summary -> assertThat(summary).contains("**Speler:** VV SEC"));
    confirmAll(instance);
    assertThat(instance).isWaitingAt("screenPlan");
  }

  @Test
  void theHistoryKeepsEverySpelersAnswerButNotTheEnginesCountersOrTheFormsCopies() {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance instance = submit(year, soestContributions());
    confirmAll(instance);
    assertThat(instance).isWaitingAt("screenPlan");

    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("contributionConfirmed").unlimitedList()).hasSize(soestContributions().size())
        .allSatisfy(v -> assertThat(v.getValue()).isEqualTo(true));
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().unlimitedList())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .contains("contributionConfirmed", "title", "goals")
        .doesNotContain("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter", "contributionSummary");
  }

  @Test
  void theJointReviewCanSendThePlanBackWithTips() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of());
    screen(instance, "complete", null);
    review(instance, "revise", null, "Zoek een speler uit de sport.");

    assertThat(instance).isWaitingAt("revisePlan");
    assertThat((String) taskService.getVariable(task(instance, "revisePlan").getId(), "reviewRemarks"))
        .contains("Zoek een speler uit de sport.");
    completeTask(instance, "revisePlan", plan(year, List.of(contribution("vv-sec", "money", 1000, null, null))));
    assertThat(instance).isWaitingAt("confirmContribution");
  }

  @Test
  void aRejectedPlanEnds() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of());
    screen(instance, "complete", null);
    var grants = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE).resourceId(instance.getId());
    assertThat(grants.count()).as("organisations hold no engine rights; the portal decides from the case file").isZero();
    review(instance, "reject", null, "Regulier aanbod.");
    assertThat(instance).hasPassed("planRejected").isEnded();
    // Grants of ended instances would pile up with the cases; the engine reads them all on each request.
    assertThat(grants.count()).isZero();
    Plan plan = reload(planOf(instance));
    assertThat(plan.getStage()).isEqualTo(PlanStage.REJECTED);
    assertThat(plan.getDecidedAt()).isNotNull();
  }

  @Test
  void theCoordinatorCanSendProfileAndBudgetBack() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of());
    screen(instance, "complete", null);
    review(instance, "approve", 1.0, null);
    draftProfile(instance, 36, List.of());
    draftBudget(instance, 50000, 0);
    completeTask(instance, "approveProfileAndBudget", vars("budgetDecision", "revise", "budgetRemarks", "Minder uren, meer cofinanciering."));

    assertThat(instance).isWaitingAt("draftProfile");
    assertThat((String) taskService.getVariable(task(instance, "draftProfile").getId(), "reviewRemarks"))
        .contains("Minder uren, meer cofinanciering.");
    draftProfile(instance, 30, List.of("vulnerableGroups", "networking", "motivationalInterviewing", "sportTechnical"));
    assertThat(profiles.findByPlan(planOf(instance)).orElseThrow().getTrainingAdvice()).isEmpty();
    draftBudget(instance, 50000, 0);
    completeTask(instance, "approveProfileAndBudget", vars("budgetDecision", "approve"));
    assertThat(instance).hasPassed("planApproved").isEnded();
  }

  @Test
  void aLocalTitleSitsOnOneOfTheSixProfiles() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of());
    screen(instance, "complete", null);
    review(instance, "approve", 1.0, null);

    assertThatThrownBy(() -> completeTask(instance, "draftProfile", vars("profileType", "lokaal", "localTitle", "Beweegmakelaar",
        "hoursPerWeek", 36, "tasks", "Spreekuur bij de huisarts", "competencies", ProcessValues.json(List.of()))))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Onbekend functieprofiel 'lokaal'");
    assertThat(instance).isWaitingAt("draftProfile");

    completeTask(instance, "draftProfile", vars("profileType", "beweegcoach", "localTitle", "Beweegmakelaar",
        "hoursPerWeek", 36, "tasks", "Spreekuur bij de huisarts", "competencies", ProcessValues.json(List.of())));
    Profile profile = profiles.findByPlan(planOf(instance)).orElseThrow();
    assertThat(profile.getProfileType()).isEqualTo("beweegcoach");
    assertThat(profile.getLocalTitle()).isEqualTo("Beweegmakelaar");
    assertThat(PlanOverview.profile(profile, inTx(() -> posts.findByPlanOrderByNumber(planOf(instance))))).contains("**Functieprofiel:** Beweegcoach (Beweegmakelaar)")
        .contains("**Uren per week:** 36 (1 fte bij een volle werkweek van 36 uur)");
  }

  @Test
  void anUnsoundBudgetCannotBeApproved() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of());
    screen(instance, "complete", null);
    review(instance, "approve", 1.0, null);
    draftProfile(instance, 36, List.of());
    draftBudget(instance, 80000, 0); // 26,000 local of 80,000 is far below 60%

    String taskId = task(instance, "approveProfileAndBudget").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, vars("budgetDecision", "approve")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("voldoet niet aan de financieringsregels");
    assertThat(instance).isWaitingAt("approveProfileAndBudget");
  }

  @Test
  void aPlanCanBeWithdrawnAtAnyTimeBeforeApproval() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, soestContributions());
    Plan plan = planOf(instance);

    runtimeService.createMessageCorrelation("PlanWithdrawn").processInstanceBusinessKey(plan.getReference())
        .setVariable("withdrawalReason", "Partners haken af").correlate();

    assertThat(instance).hasPassed("withdrawPlan", "planWithdrawn").isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(reload(plan).getStage()).isEqualTo(PlanStage.WITHDRAWN);
    assertThat(reviews.findByPlanOrderByRecordedAtAscIdAsc(plan)).singleElement()
        .satisfies(r -> assertThat(r.getRemarks()).isEqualTo("Partners haken af"));
  }

  @Test
  void aSpelerThatDoesNotAnswerInFourteenDaysIsFollowedUpByTheCoordinator() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of(contribution("swos", "hours", null, 80, "Vrijwilligers")));

    var reminder = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), reminder.getDuedate().toInstant()).toDays())
        .isBetween(13L, 14L);
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(15).toMillis()));
    managementService.executeJob(reminder.getId());

    assertThat(instance).isWaitingAt("confirmContribution", "followUpContribution");
    Task followUp = task(instance, "followUpContribution");
    assertThat(taskService.getIdentityLinksForTask(followUp.getId())).anyMatch(l -> "coordinator".equals(l.getGroupId()));
    assertThat((String) taskService.getVariable(followUp.getId(), "contributionSummary")).contains("SWOS");
    taskService.complete(followUp.getId(), vars("followUpNote", "Gebeld; antwoord volgt deze week."));
    assertThat(instance).isWaitingAt("confirmContribution");

    confirmAll(instance);
    assertThat(instance).isWaitingAt("screenPlan");
    Contribution answered = inTx(() -> reload(planOf(instance)).getContributions().get(0));
    assertThat(answered.getStatus()).isEqualTo(ContributionStatus.CONFIRMED);
    assertThat(answered.getFollowUpNote()).contains("Gebeld");
  }

  @Test
  void aConfirmationEndsTheOpenFollowUp() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of(contribution("swos", "hours", null, 80, "Vrijwilligers")));
    fireTimer(instance);
    assertThat(instance).isWaitingAt("confirmContribution", "followUpContribution");

    confirmAll(instance);

    assertThat(instance).isWaitingAt("screenPlan");
    assertThat(task(instance, "followUpContribution")).isNull();
  }

  @Test
  void aDeclinedContributionNeedsAReasonAndIsLeftOutOfTheFinancing() {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance instance = submit(year, List.of(contribution("mee", "money", 5000, null, null)));
    String taskId = task(instance, "confirmContribution").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, vars("contributionConfirmed", false)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Licht toe");
    taskService.complete(taskId, vars("contributionConfirmed", false, "remark", "Geen budget dit jaar"));

    Contribution declined = inTx(() -> reload(planOf(instance)).getContributions().get(0));
    assertThat(declined.getStatus()).isEqualTo(ContributionStatus.DECLINED);
    assertThat(inTx(() -> planService.finance(reload(planOf(instance)), new java.math.BigDecimal("50000"), java.math.BigDecimal.ZERO))
        .spelersEuro()).isEqualByComparingTo("0");
  }

  @Test
  void theApprovedFteMayNotExceedWhatIsLeftOfTheRound() {
    int year = freshYear();
    openRound(year, 1.5);
    ProcessInstance first = submit(year, List.of());
    screen(first, "complete", null);
    review(first, "approve", 1.0, null);
    ProcessInstance second = submit(year, List.of());
    screen(second, "complete", null);
    assertThat(taskService.getVariable(task(second, "jointReview").getId(), "remainingFte")).isEqualTo("0,5");

    String taskId = task(second, "jointReview").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, vars("reviewDate", "2030-05-12", "reviewDecision", "approve",
        "approvedFte", 0.8)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("meer dan er in " + year + " nog beschikbaar is (0,5 fte van de rijkstoekenning)");
    assertThat(second).isWaitingAt("jointReview");
    assertThat(reload(planOf(second)).getApprovedFte()).isNull();

    review(second, "approve", 0.5, null);
    assertThat(second).isWaitingAt("draftProfile");
  }

  @Test
  void plansAreRefusedWhileTheCallIsNotOpen() {
    int year = freshYear();
    ProcessInstance round = startRound(year, 2);
    assertThatThrownBy(() -> submit(year, List.of()))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("nog niet geopend");

    completeTask(round, "prepareMeeting", vars("meetingDate", year + "-03-17", "meetingLocation", "Raadhuis",
        "invitedOrganizations", ProcessValues.json(List.of("swos"))));
    fireTimer(round);
    completeTask(round, "recordMeeting", vars("attendingOrganizations", ProcessValues.json(List.of())));
    fireTimer(round);
    completeTask(round, "closeCall", vars("closeDecision", "close"));

    assertThatThrownBy(() -> submit(year, List.of()))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("is gesloten");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-intake")
        .variableValueEquals("roundYear", year).count()).isZero();
  }

  @Test
  void badPlanDataIsRefusedWithEveryReason() {
    int year = freshYear();
    openRound(year, 2);
    Map<String, Object> bad = plan(year, List.of(contribution("onbekend", "money", 100, null, null),
        contribution("swos", "money", null, null, null), contribution("mee", "flowers", null, null, null)));
    bad.put("requestedFte", -0.5);
    bad.put("targetGroups", ProcessValues.json(List.of("martians")));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("plan-intake", bad))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("gevraagde fte moet minstens 0,1");
    bad.put("requestedFte", 1);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("plan-intake", bad))
        .hasMessageContaining("Onbekende doelgroep 'martians'")
        .hasMessageContaining("Bijdrage 1: Onbekende organisatie 'onbekend'")
        .hasMessageContaining("Bijdrage 2: vul het bedrag per jaar in")
        .hasMessageContaining("Bijdrage 3: onbekende soort 'flowers'");
    assertThat(inTx(() -> plans.findAll().stream().noneMatch(p -> p.getRound().getYear() == year))).isTrue();
  }
}
