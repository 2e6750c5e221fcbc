package nl.coachplan.contractrenewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.BudgetRepository;
import nl.coachplan.planintake.Contribution;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly contract cycle with the roles of the seeds: the aanvoerder reports and states its
 * intention, the spelers reconfirm (new ones join), an unsound budget is talked over together, the
 * gemeente decides on the fte and Rijk money, and the aanvoerder, as employer, on the contract.
 */
class ContractRenewalProcessTest extends CaseTestSupport {

  @Autowired StructuralFundingRepository structural;
  @Autowired nl.coachplan.coachhiring.StandingAllocation allocation;
  @Autowired YearReportRepository reports;
  @Autowired BudgetRepository budgets;
  @Autowired RenewalRepository renewals;

  private String activePlan(int year) {
    return activePlan(year, 6.8);
  }

  private String activePlan(int year, double grantedFte) {
    String ref = approvedPlan(year, grantedFte);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    return ref;
  }

  /** Moves the engine's clock to the report date of the contract year and lets its timer fire. */
  private ProcessInstance reportDue(String ref, int contractYear, int year) {
    ProcessInstance instance = year(ref, contractYear);
    LocalDate due = LocalDate.of(year + contractYear, 8, 31).minusWeeks(8);
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(ProcessValues.startOfDay(due));
    on(due.minusDays(1));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();
    on(due);
    fireDueTimer(instance);
    return instance;
  }

  private List<Contract> contractsOf(String ref) {
    return inTx(() -> contracts.findByPlanOrderByPostNumberAndContractYear(plan(ref)));
  }

  private String shown(ProcessInstance instance, String taskKey, String variable) {
    return (String) taskService.getVariable(task(instance, taskKey).getId(), variable);
  }

  private long reconfirmations(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("reconfirmContribution").count();
  }

  private ContributionStatus statusOf(String ref, String speler) {
    return inTx(() -> plan(ref).getContributions().stream().filter(c -> c.getOrganisation().getSlug().equals(speler))
        .reduce((a, b) -> b).orElseThrow().getStatus());
  }

  @Test
  void aContractIsRenewedTwiceAndThenStructurallyFunded() {
    int year = freshYear();
    String ref = activePlan(year);

    for (int contractYear = 1; contractYear <= 2; contractYear++) {
      ProcessInstance instance = reportDue(ref, contractYear, year);
      assertThat(instance).isWaitingAt("submitYearReport");
      yearReport(instance, 120, false, List.of("partnerCommitment"));
      assertThat(instance).isWaitingAt("prepareNextYear");
      assertThat(reconfirmations(instance)).as("the spelers are asked once the aanvoerder continues").isZero();
      intendToContinue(instance);
      assertThat(reconfirmations(instance)).as("every speler of the running year reconfirms").isEqualTo(3);
      reconfirm(instance);
      assertThat(instance).hasPassed("adviseRenewal").hasNotPassed("jointConversation").isWaitingAt("evaluateYear");
      assertThat(shown(instance, "evaluateYear", "renewalAdviceText")).contains("Fte en rijksbijdrage voortzetten");
      assertThat(shown(instance, "evaluateYear", "ladderOverview")).contains("█").contains("gestegen");
      assertThat(shown(instance, "evaluateYear", "conversationOverview")).contains("wil het contract voortzetten");
      decideFunding(instance, "continue", null);
      assertThat(instance).isWaitingAt("decideContract");
      assertThat(shown(instance, "decideContract", "evaluationText")).contains("Besluit gemeente:** Fte en rijksbijdrage voortzetten");
      decideContract(instance, "renew", null);
      assertThat(instance).isEnded().hasPassed("renewContract", "contractRenewed");
      assertThat(year(ref, contractYear + 1)).as("next year's instance").isNotNull().isWaitingAt("yearReportDue");
      assertThat(filledFte(year)).isEqualByComparingTo("1");
    }
    assertThat(contractsOf(ref)).extracting(Contract::getStatus)
        .containsExactly(ContractStatus.RENEWED, ContractStatus.RENEWED, ContractStatus.ACTIVE);
    assertThat(contractsOf(ref).get(2).getStartDate()).isEqualTo(LocalDate.of(year + 2, 9, 1));

    ProcessInstance third = reportDue(ref, 3, year);
    yearReport(third, 150, true, List.of("permanentPost", "ownBudget"));
    reconfirm(third);
    assertThat(shown(third, "evaluateYear", "renewalAdviceText")).contains("Structureel");
    decideFunding(third, "structural", "Vaste aanstelling per 1 september");
    assertThat(third).as("structural funding reached: the aanvoerder records it").isWaitingAt("recordStructuralFunding");
    // Paid locally from 1 January: from that year on the coach holds none of the Rijk's fte.
    BigDecimal heldBefore = allocation.year(year + 3).filledFte();
    completeTask(third, "recordStructuralFunding", vars("permanentContract", true,
        "fundingSource", "Eigen begroting Werk & Inkomen en gemeentelijk participatiebudget", "effectiveDate", (year + 3) + "-01-01"));
    assertThat(allocation.year(year + 3).filledFte()).isEqualByComparingTo(heldBefore.subtract(BigDecimal.ONE));
    assertThat(allocation.year(year + 2).filledFte()).as("the years before still held it").isPositive();

    assertThat(third).isEnded().hasPassed("structurallyFunded").hasNotPassed("decideContract");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.STRUCTURAL);
    assertThat(contractsOf(ref).get(2).getStatus()).isEqualTo(ContractStatus.STRUCTURAL);
    assertThat(inTx(() -> structural.findByPlanOrderByPostNumber(plan(ref)).get(0).isPermanentContract())).isTrue();
    assertThat(filledFte(year)).as("a structurally funded coach still fills the round").isEqualByComparingTo("1");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(ref + "/%").count()).isZero();
  }

  @Test
  void theEmployerEndsTheContractAtItsIntentionAndItsFteAreFree() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());

    assertThatThrownBy(() -> completeTask(first, "prepareNextYear", vars("contractIntention", "end")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Licht toe waarom u het contract niet voortzet");
    assertThat(first).isWaitingAt("prepareNextYear");
    completeTask(first, "prepareNextYear", vars("contractIntention", "end",
        "intentionRemarks", "De coach gaat elders aan de slag; wij zoeken geen opvolger."));

    assertThat(first).isEnded().hasPassed("contractEnded").hasNotPassed("reconfirmContribution", "evaluateYear", "decideContract");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ENDED);
    assertThat(contractsOf(ref)).extracting(Contract::getStatus).containsExactly(ContractStatus.ENDED);
    assertThat(allocation.year(year + 2).filledFte()).as("no next contract year holds fte").isZero();
    assertThat(year(ref, 2)).isNull();
  }

  @Test
  void theEmployerEndsTheContractAfterTheGemeenteContinues() {
    int year = freshYear();
    String ref = activePlan(year);
    assertThat(filledFte(year)).isEqualByComparingTo("1");
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    reconfirm(first);

    assertThatThrownBy(() -> decideFunding(first, "end", "Stoppen"))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("'continue', 'structural' of 'stop'");
    decideFunding(first, "continue", null);
    assertThatThrownBy(() -> decideContract(first, "end", null))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Licht toe waarom u het arbeidscontract beëindigt");
    decideContract(first, "end", "De aanvoerder stopt met het project.");

    assertThat(first).isEnded().hasPassed("endContract", "contractEnded");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ENDED);
    assertThat(contractsOf(ref)).extracting(Contract::getStatus).containsExactly(ContractStatus.ENDED);
    assertThat(filledFte(year)).isEqualByComparingTo("0");
    assertThat(year(ref, 2)).isNull();
    assertThat(inTx(() -> renewals.findByContract(contractsOf(ref).get(0)).orElseThrow().getContractDecision())).isEqualTo("end");
  }

  @Test
  void anUnsoundBudgetOpensAJointConversationInsteadOfAnEnd() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    intendToContinue(first);

    var meeTask = taskService.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("reconfirmContribution")
        .taskCandidateGroup("org-mee").singleResult();
    assertThatThrownBy(() -> taskService.complete(meeTask.getId(), vars("contributionContinues", false)))
        .hasMessageContaining("Licht toe waarom");
    reconfirm(first, "mee");

    assertThat(first).as("no end by rule: the parties talk first").isWaitingAt("jointConversation");
    String advice = shown(first, "jointConversation", "renewalAdviceText");
    assertThat(advice).contains("voortzetten").contains("gezamenlijk gesprek").doesNotContain("Beëindigen");
    assertThat(shown(first, "jointConversation", "financingOverview")).contains("voldoet niet");

    String today = ProcessValues.today().toString();
    assertThatThrownBy(() -> completeTask(first, "jointConversation", vars("conversationDate", today,
        "conversationAttendees", ProcessValues.json(List.of("swos", "elzis")), "agreedSolution", "De gemeente vult aan.")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("'elzis' is geen aanvoerder of speler van dit plan")
        .hasMessageContaining("Het gesprek is met de aanvoerder");
    assertThatThrownBy(() -> completeTask(first, "jointConversation", vars("conversationDate", ProcessValues.today().plusDays(3).toString(),
        "conversationAttendees", ProcessValues.json(List.of("werk-en-inkomen")), "agreedSolution", "De gemeente vult aan.")))
        .hasMessageContaining("ligt in de toekomst");
    assertThat(first).isWaitingAt("jointConversation");
    completeTask(first, "jointConversation", vars("conversationDate", today,
        "conversationAttendees", ProcessValues.json(List.of("werk-en-inkomen", "mee", "swos", "zippies-bso")),
        "agreedSolution", "De gemeente vult het tekort van MEE aan uit het participatiebudget."));

    assertThat(first).isWaitingAt("evaluateYear");
    assertThat(shown(first, "evaluateYear", "conversationOverview")).contains("Gezamenlijk gesprek")
        .contains("participatiebudget").contains("Inkomen Soest").doesNotContain("werk-en-inkomen");
    // The conversation's agreed solution explains continuing the unsound budget.
    decideFunding(first, "continue", null);
    decideContract(first, "renew", null);
    assertThat(year(ref, 2)).isNotNull();
    assertThat(statusOf(ref, "mee")).isEqualTo(ContributionStatus.STOPPED);
    assertThat(inTx(() -> budgets.findByPlan(plan(ref)).orElseThrow().isSound())).isFalse();
    var renewal = inTx(() -> renewals.findByContract(contractsOf(ref).get(0)).orElseThrow());
    assertThat(renewal.getConversationAttendees()).contains("werk-en-inkomen", "mee");
    assertThat(renewal.getAgreedSolution()).contains("participatiebudget");
  }

  @Test
  void withoutAConversationContinuingAnUnsoundBudgetNeedsAnExplanation() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    reconfirm(first);
    // Next year's budget turns unsound after the advice (a later fact): the gemeente must say how it is covered.
    inTx(() -> {
      var renewal = renewals.findByContract(contractsOf(ref).get(0)).orElseThrow();
      renewal.intend("continue", null, renewal.getNextHoursPerWeek(), renewal.getNextFte(), new BigDecimal("90000"),
          renewal.getNextOtherCostsEuro(), "test", ProcessValues.now());
      return renewals.save(renewal);
    });
    assertThatThrownBy(() -> decideFunding(first, "continue", null)).hasMessageContaining("licht toe hoe het tekort wordt aangevuld");
    decideFunding(first, "continue", "De gemeente vult aan.");
    assertThat(first).isWaitingAt("decideContract");
  }

  @Test
  void theGemeenteStopsTheRijkMoneyAndTheEmployerKeepsTheCoachLocally() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    reconfirm(first);

    assertThatThrownBy(() -> decideFunding(first, "stop", null)).hasMessageContaining("afwijkt van het advies");
    decideFunding(first, "stop", "De fte gaan naar een nieuw plan in een andere wijk.");
    assertThat(first).isWaitingAt("decideContract");
    assertThat(shown(first, "decideContract", "evaluationText")).contains("Rijksbijdrage stoppen");
    decideContract(first, "renew", null);

    assertThat(first).as("kept on without Rijk money: structural").isWaitingAt("recordStructuralFunding");
    LocalDate dayAfter = LocalDate.of(year + 1, 9, 1);
    assertThatThrownBy(() -> completeTask(first, "recordStructuralFunding", vars("permanentContract", false,
        "fundingSource", "Eigen middelen", "effectiveDate", dayAfter.plusMonths(1).toString())))
        .hasMessageContaining("gaat uiterlijk in op");
    completeTask(first, "recordStructuralFunding", vars("permanentContract", false,
        "fundingSource", "Eigen middelen Werk & Inkomen", "effectiveDate", dayAfter.toString()));

    assertThat(first).isEnded().hasPassed("structurallyFunded").hasNotPassed("renewContract");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.STRUCTURAL);
    assertThat(contractsOf(ref)).extracting(Contract::getStatus).containsExactly(ContractStatus.STRUCTURAL);
    assertThat(allocation.year(year + 2).filledFte()).as("the Rijk's fte are free from the local funding on").isZero();
    assertThat(inTx(() -> contractsOf(ref).get(0).getDecision())).isEqualTo("stop");
  }

  @Test
  void theGemeenteStopsTheRijkMoneyAndTheEmployerEndsTheContract() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    reconfirm(first);
    decideFunding(first, "stop", "De fte gaan naar een nieuw plan.");
    decideContract(first, "end", "Zonder rijksbijdrage kunnen wij de coach niet betalen.");

    assertThat(first).isEnded().hasPassed("contractEnded").hasNotPassed("recordStructuralFunding");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ENDED);
    assertThat(contractsOf(ref)).extracting(Contract::getStatus).containsExactly(ContractStatus.ENDED);
    assertThat(year(ref, 2)).isNull();
  }

  @Test
  void aNewSpelerJoinsAndTheCostsChangeAtRenewal() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    assertThat(taskService.getVariables(task(first, "prepareNextYear").getId()))
        .as("prefilled with this year's hours and costs")
        .containsEntry("nextYearHoursPerWeek", 36.0).containsEntry("nextYearAnnualCostPerFte", 50000.0);

    // Refused, with the field named, and nothing changes.
    assertThatThrownBy(() -> completeTask(first, "prepareNextYear", vars("contractIntention", "continue",
        "nextYearHoursPerWeek", 30, "nextYearAnnualCostPerFte", 52000, "nextYearOtherCostsEuro", 1000,
        "newContributions", ProcessValues.json(List.of(
            PlanScenario.contribution("sportclub-nergens", "money", 3000, null, null),
            PlanScenario.contribution("werk-en-inkomen", "money", 3000, null, null),
            PlanScenario.contribution("swos", "hours", null, 100, "Meer vrijwilligers"),
            PlanScenario.contribution("elzis", "money", null, null, null))))))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("Onbekende organisatie 'sportclub-nergens'")
        .hasMessageContaining("de aanvoerder draagt al bij als aanvoerder")
        .hasMessageContaining("draagt al op deze manier bij")
        .hasMessageContaining("vul het bedrag per jaar in");
    assertThat(inTx(() -> plan(ref).getContributions().size())).isEqualTo(3);
    assertThat(inTx(() -> renewals.findByContract(contractsOf(ref).get(0)))).isEmpty();

    completeTask(first, "prepareNextYear", vars("contractIntention", "continue",
        "nextYearHoursPerWeek", 30, "nextYearAnnualCostPerFte", 52000, "nextYearOtherCostsEuro", 1000,
        "newContributions", ProcessValues.json(List.of(PlanScenario.contribution("elzis", "money", 3000, null, "Beweegprogramma")))));
    assertThat(reconfirmations(first)).as("the new speler confirms like a reconfirmation").isEqualTo(4);
    var elzisTask = taskService.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("reconfirmContribution")
        .taskCandidateGroup("org-elzis").singleResult();
    assertThat((String) taskService.getVariable(elzisTask.getId(), "contributionSummary")).contains("Nieuwe bijdrage");
    assertThat(taskService.getVariable(elzisTask.getId(), "nextYearAmountEuro")).isEqualTo(3000.0);
    assertThat(statusOf(ref, "elzis")).isEqualTo(ContributionStatus.PENDING);
    reconfirm(first);
    assertThat(statusOf(ref, "elzis")).isEqualTo(ContributionStatus.CONFIRMED);

    String rows = taskService.getVariable(task(first, "evaluateYear").getId(), "reconfirmationsOverview").toString();
    assertThat(rows).contains("Nieuw: Geld");
    assertThat(shown(first, "evaluateYear", "conversationOverview")).contains("30 uur per week");
    renewYear(first, null);

    Contract next = contractsOf(ref).get(1);
    assertThat(next.getHoursPerWeek()).isEqualByComparingTo("30");
    assertThat(next.getFte()).isEqualByComparingTo("0.8333");
    var budget = inTx(() -> budgets.findByPlan(plan(ref)).orElseThrow());
    assertThat(budget.getAnnualCostPerFte()).isEqualByComparingTo("52000");
    assertThat(budget.getOtherCostsEuro()).isEqualByComparingTo("1000");
    assertThat(budget.getFte()).isEqualByComparingTo("0.8333");
    assertThat(budget.isSound()).isTrue();
    assertThat(budget.getSpelersEuro()).as("Zippies, MEE and the new Elzis").isEqualByComparingTo("9000");
    assertThat(filledFte(year)).as("the running contract year at its new hours").isEqualByComparingTo("0.8333");
  }

  @Test
  void moreHoursThanTheYearHasFteLeftAreRefused() {
    int year = freshYear();
    String ref = activePlan(year, 1.0);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    Map<String, Object> more = vars("contractIntention", "continue", "nextYearHoursPerWeek", 40, "nextYearAnnualCostPerFte", 50000,
        "nextYearOtherCostsEuro", 2000);
    assertThatThrownBy(() -> completeTask(first, "prepareNextYear", more))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("In " + (year + 1) + " is nog 0 fte van de rijkstoekenning vrij; met deze uren vraagt de coach daar 0,11 fte bij");
    assertThat(first).isWaitingAt("prepareNextYear");
  }

  @Test
  void aYearReportWithMorePeopleOnTheLadderThanReachedIsRefused() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    assertThatThrownBy(() -> yearReport(first, 50, false, List.of("flying")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("120 deelnemers, meer dan de 50 bereikte")
        .hasMessageContaining("Onbekende stap naar borging 'flying'");
    assertThat(first).isWaitingAt("submitYearReport");
    assertThat(inTx(() -> reports.findAll().stream().noneMatch(r -> r.getContract().getPlan().getReference().equals(ref)))).isTrue();
  }
}
