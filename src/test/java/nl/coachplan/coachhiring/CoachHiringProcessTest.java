package nl.coachplan.coachhiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hiring the coach of an approved plan, as the aanvoerder does it in the Tasklist. */
class CoachHiringProcessTest extends CaseTestSupport {

  @Autowired VacancyRepository vacancies;
  @Autowired CoachRepository coaches;

  @Test
  void anApprovedPlanStartsHiringForItsAanvoerder() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);

    ProcessInstance hiring = hiring(ref);
    assertThat(hiring).isNotNull().isWaitingAt("openVacancy");
    assertThat(taskService.getIdentityLinksForTask(task(hiring, "openVacancy").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("org-werk-en-inkomen");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.HIRING);
    assertThat((String) taskService.getVariable(task(hiring, "openVacancy").getId(), "hiringSummary"))
        .contains("Werk &amp; Inkomen").contains("1 fte");
  }

  @Test
  void withoutASuitableCandidateANewVacancyFollowsAndTheTraineeIsAppointedOnTheSecondAttempt() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    ProcessInstance hiring = hiring(ref);

    on(LocalDate.of(year, 7, 1));
    openVacancy(hiring, LocalDate.of(year, 7, 15), true);
    assertThat(hiring).isWaitingAt("vacancyClosed");
    assertThat(managementService.createJobQuery().processInstanceId(hiring.getId()).executable().count())
        .as("not due before the closing date").isZero();
    on(LocalDate.of(year, 7, 16));
    fireDueTimer(hiring);

    assertThatThrownBy(() -> completeTask(hiring, "selectCandidate", vars("selectionOutcome", "noSuitableCandidate")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Licht toe");
    completeTask(hiring, "selectCandidate", vars("selectionOutcome", "noSuitableCandidate",
        "selectionRemarks", "Kandidaten uit de bijstand nog niet klaar voor de functie"));
    assertThat(hiring).isWaitingAt("openVacancy");

    openVacancy(hiring, LocalDate.of(year, 8, 15), true);
    on(LocalDate.of(year, 8, 16));
    fireDueTimer(hiring);
    completeTask(hiring, "selectCandidate", vars("selectionOutcome", "selected"));
    completeTask(hiring, "appointCoach", vars("coachName", "Trainee W&I", "startDate", year + "-09-01",
        "hoursPerWeek", 36, "trainee", true));

    assertThat(hiring).isEnded().hasPassed("coachAppointed");
    assertThat(inTx(() -> vacancies.findByPlanOrderByAttemptAsc(plan(ref)).stream().map(Vacancy::getOutcome).toList()))
        .containsExactly("noSuitableCandidate", "selected");
    Contract first = inTx(() -> contracts.findByPlanOrderByContractYearAsc(plan(ref)).get(0));
    assertThat(first.getContractYear()).isEqualTo(1);
    assertThat(first.getStartDate()).isEqualTo(LocalDate.of(year, 9, 1));
    assertThat(first.getEndDate()).isEqualTo(LocalDate.of(year + 1, 8, 31));
    assertThat(inTx(() -> coaches.findByPlan(plan(ref)).orElseThrow().isTrainee())).isTrue();
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ACTIVE);
    assertThat(filledFte(year)).isEqualByComparingTo("1");
    assertThat(year(ref, 1)).isNotNull().isWaitingAt("yearReportDue");
  }

  @Test
  void anAppointmentBeyondTheApprovedFteOrBeforeTheVacancyClosedIsRefusedAndChangesNothing() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    ProcessInstance hiring = hiring(ref);
    on(LocalDate.of(year, 7, 1));
    openVacancy(hiring, LocalDate.of(year, 7, 15), false);
    on(LocalDate.of(year, 7, 16));
    fireDueTimer(hiring);
    completeTask(hiring, "selectCandidate", vars("selectionOutcome", "selected"));

    assertThatThrownBy(() -> completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-07-01",
        "hoursPerWeek", 40)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("meer dan de goedgekeurde 1 fte")
        .hasMessageContaining("vóór de sluitingsdatum");
    assertThatThrownBy(() -> completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-09-01",
        "hoursPerWeek", 36, "contractEndDate", (year + 2) + "-09-01")))
        .hasMessageContaining("hoogstens een jaar");

    assertThat(hiring).isWaitingAt("appointCoach");
    assertThat(contracts.findByPlanOrderByContractYearAsc(plan(ref))).isEmpty();
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.HIRING);
    assertThat(filledFte(year)).isEqualByComparingTo("0");
  }

  @Test
  void aVacancyCannotCloseInThePast() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    on(LocalDate.of(year, 7, 1));
    assertThatThrownBy(() -> openVacancy(hiring(ref), LocalDate.of(year, 6, 1), false))
        .hasMessageContaining("sluitingsdatum van de vacature ligt in het verleden");
    assertThat(hiring(ref)).isWaitingAt("openVacancy");
  }

  @Test
  void theRoundsFilledFteCountsEveryAppointedCoach() {
    int year = freshYear();
    String first = approvedPlan(year, 6.8);
    hire(first, LocalDate.of(year, 9, 1), 36, false);
    String second = submitAnotherApproved(year);
    hire(second, LocalDate.of(year, 10, 1), 18, false);
    assertThat(filledFte(year)).isEqualByComparingTo("1.5");
    assertThat(List.of(plan(first).getStage(), plan(second).getStage())).containsOnly(PlanStage.ACTIVE);
  }

  /** A second plan in the same (already open) round, approved for 0.5 fte at 18 hours. */
  private String submitAnotherApproved(int year) {
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", nl.coachplan.planintake.PlanScenario.plan(year, List.of()));
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(intake, "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", 0.5));
    completeTask(intake, "draftProfile", vars("profileType", "buurtsportcoach", "hoursPerWeek", 18, "tasks", "Sport",
        "competencies", nl.coachplan.engine.ProcessValues.json(List.of())));
    completeTask(intake, "draftBudget", vars("salaryScale", "CAO Sport schaal 7", "annualCostPerFte", 50000, "otherCostsEuro", 0));
    completeTask(intake, "approveProfileAndBudget", vars("budgetDecision", "approve"));
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
  }
}
