package nl.coachplan.contractrenewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.planintake.BudgetRepository;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The yearly contract cycle: report, reconfirmation, advice and the coordinator's decision. */
class ContractRenewalProcessTest extends CaseTestSupport {

  @Autowired StructuralFundingRepository structural;
  @Autowired nl.coachplan.coachhiring.StandingAllocation allocation;
  @Autowired YearReportRepository reports;
  @Autowired BudgetRepository budgets;

  private String activePlan(int year) {
    String ref = approvedPlan(year, 6.8);
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

  @Test
  void aContractIsRenewedTwiceAndThenStructurallyFunded() {
    int year = freshYear();
    String ref = activePlan(year);

    for (int contractYear = 1; contractYear <= 2; contractYear++) {
      ProcessInstance instance = reportDue(ref, contractYear, year);
      assertThat(instance).isWaitingAt("submitYearReport");
      yearReport(instance, 120, false, List.of("partnerCommitment"));
      assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("reconfirmContribution").count())
          .as("every speler of the running year reconfirms").isEqualTo(3);
      reconfirm(instance);
      assertThat(instance).hasPassed("adviseRenewal").isWaitingAt("evaluateYear");
      assertThat((String) taskService.getVariable(task(instance, "evaluateYear").getId(), "renewalAdviceText")).contains("Verlengen");
      assertThat((String) taskService.getVariable(task(instance, "evaluateYear").getId(), "ladderOverview")).contains("█").contains("gestegen");
      evaluate(instance, "renew", null);
      assertThat(instance).isEnded().hasPassed("contractRenewed");
      assertThat(year(ref, contractYear + 1)).as("next year's instance").isNotNull().isWaitingAt("yearReportDue");
      assertThat(filledFte(year)).isEqualByComparingTo("1");
    }
    assertThat(contractsOf(ref)).extracting(Contract::getStatus)
        .containsExactly(ContractStatus.RENEWED, ContractStatus.RENEWED, ContractStatus.ACTIVE);
    assertThat(contractsOf(ref).get(2).getStartDate()).isEqualTo(LocalDate.of(year + 2, 9, 1));

    ProcessInstance third = reportDue(ref, 3, year);
    yearReport(third, 150, true, List.of("permanentPost", "ownBudget"));
    reconfirm(third);
    assertThat((String) taskService.getVariable(task(third, "evaluateYear").getId(), "renewalAdviceText")).contains("Structureel");
    evaluate(third, "structural", "Vaste aanstelling per 1 september");
    assertThat(third).isWaitingAt("recordStructuralFunding");
    // Paid locally from 1 January: from that year on the coach holds none of the Rijk's fte.
    BigDecimal heldBefore = allocation.year(year + 3).filledFte();
    completeTask(third, "recordStructuralFunding", vars("permanentContract", true,
        "fundingSource", "Eigen begroting Werk & Inkomen en gemeentelijk participatiebudget", "effectiveDate", (year + 3) + "-01-01"));
    assertThat(allocation.year(year + 3).filledFte()).isEqualByComparingTo(heldBefore.subtract(BigDecimal.ONE));
    assertThat(allocation.year(year + 2).filledFte()).as("the years before still held it").isPositive();

    assertThat(third).isEnded().hasPassed("structurallyFunded");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.STRUCTURAL);
    assertThat(contractsOf(ref).get(2).getStatus()).isEqualTo(ContractStatus.STRUCTURAL);
    assertThat(inTx(() -> structural.findByPlanOrderByPostNumber(plan(ref)).get(0).isPermanentContract())).isTrue();
    assertThat(filledFte(year)).as("a structurally funded coach still fills the round").isEqualByComparingTo("1");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(ref + "/%").count()).isZero();
  }

  @Test
  void anEndedContractReleasesItsFte() {
    int year = freshYear();
    String ref = activePlan(year);
    assertThat(filledFte(year)).isEqualByComparingTo("1");
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    reconfirm(first);

    assertThatThrownBy(() -> evaluate(first, "end", null))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("afwijkt van het advies (verlengen)");
    evaluate(first, "end", "De aanvoerder stopt met het project.");

    assertThat(first).isEnded().hasPassed("contractEnded");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ENDED);
    assertThat(contractsOf(ref)).extracting(Contract::getStatus).containsExactly(ContractStatus.ENDED);
    assertThat(filledFte(year)).isEqualByComparingTo("0");
    assertThat(year(ref, 2)).isNull();
  }

  @Test
  void aSpelerDroppingOutChangesNextYearsBudgetAndTheCoordinatorIsWarned() {
    int year = freshYear();
    String ref = activePlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());

    var meeTask = taskService.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("reconfirmContribution")
        .taskCandidateGroup("org-mee").singleResult();
    assertThatThrownBy(() -> taskService.complete(meeTask.getId(), vars("contributionContinues", false)))
        .hasMessageContaining("Licht toe waarom");
    reconfirm(first, "mee");

    String advice = (String) taskService.getVariable(task(first, "evaluateYear").getId(), "renewalAdviceText");
    assertThat(advice).contains("Beëindigen").contains("voldoet niet aan de financieringsregels");
    assertThat((String) taskService.getVariable(task(first, "evaluateYear").getId(), "financingOverview"))
        .contains("voldoet niet");
    assertThatThrownBy(() -> evaluate(first, "renew", null)).hasMessageContaining("Licht toe");

    evaluate(first, "renew", "De gemeente vult het tekort van MEE aan uit het participatiebudget.");
    assertThat(year(ref, 2)).isNotNull();
    assertThat(inTx(() -> plan(ref).getContributions().stream()
        .filter(c -> c.getOrganisation().getSlug().equals("mee")).findFirst().orElseThrow().getStatus()))
        .isEqualTo(ContributionStatus.STOPPED);
    assertThat(inTx(() -> budgets.findByPlan(plan(ref)).orElseThrow().isSound())).isFalse();
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
