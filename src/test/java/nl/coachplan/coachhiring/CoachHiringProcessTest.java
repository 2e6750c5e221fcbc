package nl.coachplan.coachhiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
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
  @Autowired StandingAllocation allocation;

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
    assertThat(inTx(() -> vacancies.findByPlanOrderByPostNumberAndAttempt(plan(ref)).stream().map(Vacancy::getOutcome).toList()))
        .containsExactly("noSuitableCandidate", "selected");
    Contract first = inTx(() -> contracts.findByPlanOrderByPostNumberAndContractYear(plan(ref)).get(0));
    assertThat(first.getContractYear()).isEqualTo(1);
    assertThat(first.getStartDate()).isEqualTo(LocalDate.of(year, 9, 1));
    assertThat(first.getEndDate()).isEqualTo(LocalDate.of(year + 1, 8, 31));
    assertThat(inTx(() -> coaches.findByPlanOrderByPostNumber(plan(ref)).get(0).isTrainee())).isTrue();
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ACTIVE);
    assertThat(filledFte(year)).isEqualByComparingTo("1");
    assertThat(year(ref, 1)).isNotNull().isWaitingAt("yearReportDue");
  }

  @Test
  void anAppointmentBeyondTheApprovedFteOrBeforeTheVacancyClosedIsRefusedAndChangesNothing() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    ProcessInstance hiring = candidateSelected(ref, year);

    assertThatThrownBy(() -> completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-07-01",
        "hoursPerWeek", 40)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("meer dan de goedgekeurde 1 fte")
        .hasMessageContaining("vóór de sluitingsdatum");
    assertThatThrownBy(() -> completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-09-01",
        "hoursPerWeek", 36, "contractEndDate", (year + 2) + "-09-01")))
        .hasMessageContaining("hoogstens een jaar");

    assertThat(hiring).isWaitingAt("appointCoach");
    assertThat(contracts.findByPlanOrderByPostNumberAndContractYear(plan(ref))).isEmpty();
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

  @Test
  void theFteAreTheYearsWhicheverRoundHiredTheCoach() {
    int year = freshYear();
    int next = year + 1;
    String earlier = approvedPlan(year, 2.0);
    BigDecimal others = othersIn(next);
    hire(earlier, LocalDate.of(year, 9, 1), 36, false);
    // Next year's round states 1.5 fte for this test; last year's coach still holds 1 of them.
    openRound(next, 1.5 + others.doubleValue());
    StandingAllocation.Year figures = allocation.year(next);
    assertThat(figures.filledFte()).isEqualByComparingTo(others.add(BigDecimal.ONE));
    assertThat(figures.committedFte()).isEqualByComparingTo("0");
    assertThat(figures.availableFte()).isEqualByComparingTo("0.5");

    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", nl.coachplan.planintake.PlanScenario.plan(next, List.of()));
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    String review = task(intake, "jointReview").getId();
    assertThat(taskService.getVariable(review, "remainingFte")).isEqualTo("0,5");
    assertThatThrownBy(() -> completeTask(intake, "jointReview", vars("reviewDate", next + "-05-12", "reviewDecision", "approve",
        "approvedFte", 1.0)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("meer dan er in " + next + " nog beschikbaar is (0,5 fte van de rijkstoekenning)");
    assertThat(intake).isWaitingAt("jointReview");

    completeTask(intake, "jointReview", vars("reviewDate", next + "-05-12", "reviewDecision", "approve", "approvedFte", 0.5));
    assertThat(allocation.year(next).committedFte()).isEqualByComparingTo("0.5");
    assertThat(allocation.year(next).availableFte()).isEqualByComparingTo("0");
  }

  @Test
  void anAppointmentIntoAYearWithoutFreeFteIsRefusedAndChangesNothing() {
    int year = freshYear();
    int next = year + 1;
    String first = approvedPlan(year, 1.5);
    BigDecimal others = othersIn(next);
    openRound(next, 1.0 + others.doubleValue());
    // Next year's allocation is taken by a plan of its own round before this coach is appointed.
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", nl.coachplan.planintake.PlanScenario.plan(next, List.of()));
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(intake, "jointReview", vars("reviewDate", next + "-05-12", "reviewDecision", "approve", "approvedFte", 0.5));

    ProcessInstance hiring = candidateSelected(first, year);
    assertThatThrownBy(() -> completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-09-01",
        "hoursPerWeek", 36)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("In " + next + " is nog 0,5 fte van de rijkstoekenning vrij; deze aanstelling vraagt 1 fte.");
    assertThat(hiring).isWaitingAt("appointCoach");
    assertThat(contracts.findByPlanOrderByPostNumberAndContractYear(plan(first))).isEmpty();

    completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-09-01", "hoursPerWeek", 18));
    assertThat(allocation.year(next).filledFte()).isEqualByComparingTo(others.add(new BigDecimal("0.5")));
    assertThat(allocation.year(year).committedFte()).isEqualByComparingTo("0");
  }

  /** Hiring up to the appointment: a vacancy open two weeks in July, its candidate selected. */
  private ProcessInstance candidateSelected(String reference, int year) {
    ProcessInstance hiring = hiring(reference);
    on(LocalDate.of(year, 7, 1));
    openVacancy(hiring, LocalDate.of(year, 7, 15), false);
    on(LocalDate.of(year, 7, 16));
    fireDueTimer(hiring);
    completeTask(hiring, "selectCandidate", vars("selectionOutcome", "selected"));
    return hiring;
  }

  /** The fte that coaches of other tests (earlier years, renewed) hold in a year: the tests share one database. */
  private BigDecimal othersIn(int year) {
    return allocation.year(year).filledFte();
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
