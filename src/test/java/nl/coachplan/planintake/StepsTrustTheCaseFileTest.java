package nl.coachplan.planintake;

import static nl.coachplan.planintake.PlanScenario.contribution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.fundinground.FundingRounds;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attacks on the steps through process variables: whoever may work on an instance or a task can
 * write its variables, so a step that found its case there could be pointed at someone else's.
 * The steps find plan, contract and contribution from the business key and the case file instead.
 */
class StepsTrustTheCaseFileTest extends CaseTestSupport {

  @Autowired ContributionRepository contributionRepository;
  @Autowired ReviewRecordRepository reviews;
  @Autowired FundingRounds rounds;
  @Autowired ReservedReferences reservedReferences;

  private ProcessInstance submit(int year, String aanvoerder, Map<String, Object> speler) {
    Map<String, Object> form = PlanScenario.plan(year, List.of(speler));
    form.put("aanvoerder", aanvoerder);
    return runtimeService.startProcessInstanceByKey("plan-intake", form);
  }

  private String referenceOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private Contribution onlyContribution(String reference) {
    return inTx(() -> plan(reference).getContributions().get(0));
  }

  private ContributionStatus statusOf(Contribution contribution) {
    return contributionRepository.findById(contribution.getId()).orElseThrow().getStatus();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  @Test
  void anOverwrittenPlanIdOrAanvoerderMovesOnlyTheInstancesOwnPlan() {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance a = submit(year, "werk-en-inkomen", contribution("swos", "hours", null, 80, "Vrijwilligers"));
    ProcessInstance b = submit(year, "elzis", contribution("mee", "money", 1500, null, null));
    String refA = referenceOf(a);
    String refB = referenceOf(b);

    runtimeService.setVariable(a.getId(), "planId", plan(refB).getId());
    runtimeService.setVariable(a.getId(), "aanvoerder", "elzis");
    Task confirmation = task(a, "confirmContribution");
    taskService.complete(confirmation.getId(), vars("contributionConfirmed", true, "confirmedHoursPerYear", 80));
    completeTask(a, "screenPlan", vars("screeningOutcome", "incomplete", "screeningRemarks", "Doelen ontbreken"));

    assertThat(a).isWaitingAt("revisePlan");
    assertThat(candidateGroups(task(a, "revisePlan"))).contains("org-werk-en-inkomen").doesNotContain("org-elzis");
    assertThat(plan(refA).getStage()).isEqualTo(PlanStage.REVISING);
    assertThat(inTx(() -> reviews.findByPlanOrderByRecordedAtAscIdAsc(plan(refA)))).hasSize(1);
    assertThat(plan(refB).getStage()).isEqualTo(PlanStage.CONFIRMING);
    assertThat(inTx(() -> reviews.findByPlanOrderByRecordedAtAscIdAsc(plan(refB)))).isEmpty();

    runtimeService.createMessageCorrelation("PlanWithdrawn").processInstanceBusinessKey(refA)
        .setVariable("withdrawalReason", "Partners haken af").correlate();

    assertThat(a).isEnded();
    assertThat(plan(refA).getStage()).isEqualTo(PlanStage.WITHDRAWN);
    assertThat(plan(refB).getStage()).isEqualTo(PlanStage.CONFIRMING);
    assertThat(b).isWaitingAt("confirmContribution");
  }

  @Test
  void anOverwrittenContractIdEndsOnlyTheInstancesOwnContract() {
    int yearB = freshYear();
    String refB = approvedPlan(yearB, 6.8);
    hire(refB, LocalDate.of(yearB, 9, 1), 36, false);
    int yearA = freshYear();
    String refA = approvedPlan(yearA, 6.8);
    hire(refA, LocalDate.of(yearA, 9, 1), 36, false);
    Contract contractB = inTx(() -> contracts.findByPlanOrderByPostNumberAndContractYear(plan(refB)).get(0));

    ProcessInstance yearOfA = year(refA, 1);
    runtimeService.setVariable(yearOfA.getId(), "contractId", contractB.getId());
    on(LocalDate.of(yearA + 1, 8, 31).minusWeeks(8));
    fireDueTimer(yearOfA);
    yearReport(yearOfA, 120, false, List.of());
    reconfirm(yearOfA);
    decideFunding(yearOfA, "continue", null);
    decideContract(yearOfA, "end", "De aanvoerder stopt met het project.");

    assertThat(yearOfA).isEnded().hasPassed("contractEnded");
    assertThat(inTx(() -> contracts.findByPlanOrderByPostNumberAndContractYear(plan(refA))))
        .extracting(Contract::getStatus).containsExactly(ContractStatus.ENDED);
    assertThat(inTx(() -> contracts.findByPlanOrderByPostNumberAndContractYear(plan(refB))))
        .extracting(Contract::getStatus).containsExactly(ContractStatus.ACTIVE);
    assertThat(plan(refB).getStage()).isEqualTo(PlanStage.ACTIVE);
    assertThat(year(refB, 1)).isWaitingAt("yearReportDue");
  }

  @Test
  void aConfirmationTaskPointedAtAnotherPlansContributionFailsAndChangesNothing() {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance a = submit(year, "werk-en-inkomen", contribution("swos", "hours", null, 80, "Vrijwilligers"));
    ProcessInstance b = submit(year, "elzis", contribution("mee", "money", 1500, null, null));
    Contribution ofA = onlyContribution(referenceOf(a));
    Contribution ofB = onlyContribution(referenceOf(b));

    Task confirmation = task(a, "confirmContribution");
    taskService.setVariableLocal(confirmation.getId(), "contributionId", ofB.getId());

    assertThatThrownBy(() -> taskService.complete(confirmation.getId(), vars("contributionConfirmed", true,
        "confirmedAmountEuro", 1500, "confirmedHoursPerYear", 80)))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("Contribution " + ofB.getId() + " is not one of plan " + referenceOf(a));
    assertThat(statusOf(ofB)).isEqualTo(ContributionStatus.PENDING);
    assertThat(statusOf(ofA)).isEqualTo(ContributionStatus.PENDING);
    assertThat(a).isWaitingAt("confirmContribution");
    assertThat(b).isWaitingAt("confirmContribution");
  }

  /**
   * Our API starts plan-intake with the reference it reserved as business key; a key anyone else
   * gives a start is ignored, even one the round has handed out.
   */
  @Test
  void aBusinessKeyGivenAtTheStartIsTheReferenceOnlyWhenOurApiReservedIt() {
    int year = freshYear();
    openRound(year, 6.8);
    Map<String, Object> speler = contribution("swos", "hours", null, 80, "Vrijwilligers");
    String handedOut = rounds.reservePlanReference(year);
    String ofAnotherYear = rounds.reservePlanReference(year);
    String reserved = rounds.reservePlanReference(year);
    reservedReferences.hold(year + 1, ofAnotherYear);
    reservedReferences.hold(year, reserved);

    ProcessInstance guessed = runtimeService.startProcessInstanceByKey("plan-intake", String.format("P-%d-009", year),
        PlanScenario.plan(year, List.of(speler)));
    ProcessInstance notReserved = runtimeService.startProcessInstanceByKey("plan-intake", handedOut, PlanScenario.plan(year, List.of(speler)));
    ProcessInstance otherYear = runtimeService.startProcessInstanceByKey("plan-intake", ofAnotherYear, PlanScenario.plan(year, List.of(speler)));
    ProcessInstance taken = runtimeService.startProcessInstanceByKey("plan-intake", reserved, PlanScenario.plan(year, List.of(speler)));
    ProcessInstance twice = runtimeService.startProcessInstanceByKey("plan-intake", reserved, PlanScenario.plan(year, List.of(speler)));
    reservedReferences.release(ofAnotherYear);

    assertThat(reserved).isEqualTo(String.format("P-%d-003", year));
    assertThat(List.of(referenceOf(guessed), referenceOf(notReserved), referenceOf(otherYear), referenceOf(taken), referenceOf(twice)))
        .containsExactly(String.format("P-%d-004", year), String.format("P-%d-005", year), String.format("P-%d-006", year),
            reserved, String.format("P-%d-007", year));
  }
}
