package nl.coachplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.coachplan.coachhiring.ContractRepository;
import nl.coachplan.coachhiring.StandingAllocation;
import nl.coachplan.coachhiring.VacancyRepository;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.fundinground.CallStatus;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a user sees of the Soest demo on whichever day it is loaded: the rounds of last year and
 * this year, plans at every step, this year's fte as the story has them, and no work long overdue.
 * {@link DemoDataTest} runs it today; the subclasses on other days of the year.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
abstract class DemoStoryChecks {

  @Autowired FundingRoundRepository rounds;
  @Autowired PlanRepository plans;
  @Autowired TaskService taskService;
  @Autowired StandingAllocation allocation;
  @Autowired ContractRepository contracts;
  @Autowired VacancyRepository vacancies;
  @Autowired TransactionTemplate transactions;

  /** A subclass may have set the engine's clock for its context; the next test class starts on the real one. */
  @AfterAll
  static void realClock() {
    ProcessValues.resetClock();
  }

  int thisYear() {
    return ProcessValues.today().getYear();
  }

  @Test
  void theRoundsOfLastYearAndThisYear() {
    var last = rounds.findByMunicipalityCodeAndYear("GM0342", thisYear() - 1).orElseThrow();
    assertThat(last.getGrantedFte()).isEqualByComparingTo("6.8");
    assertThat(last.getCallStatus()).as("last year's call").isEqualTo(CallStatus.CLOSED);
    var current = rounds.findByMunicipalityCodeAndYear("GM0342", thisYear()).orElseThrow();
    assertThat(current.getGrantedFte()).isEqualByComparingTo("6.8");
    assertThat(current.getRijksbijdragePerFte()).isEqualByComparingTo("20000");
    assertThat(current.getCallStatus()).as("this year's call, closing in three weeks").isEqualTo(CallStatus.OPEN);
    assertThat(current.getCallDeadline()).isEqualTo(ProcessValues.today().plusWeeks(3));
    assertThat(rounds.count()).isEqualTo(2);
  }

  @Test
  void plansAtEveryStepOfTheSoestStory() {
    Map<PlanStage, Long> stages = plans.findAll().stream().collect(Collectors.groupingBy(Plan::getStage, Collectors.counting()));
    assertThat(stages).containsKeys(PlanStage.HIRING, PlanStage.BUDGET_REVIEW, PlanStage.IN_REVIEW, PlanStage.CONFIRMING,
        PlanStage.REVISING, PlanStage.SCREENING, PlanStage.REJECTED, PlanStage.ACTIVE);
    assertThat(stages.get(PlanStage.ACTIVE)).as("six coaches at work").isEqualTo(6);
    List<String> aanvoerders = transactions.execute(status -> plans.findAll().stream().map(p -> p.getAanvoerder().getSlug()).toList());
    assertThat(aanvoerders).contains("werk-en-inkomen", "elzis", "stichting-balans", "bink-kinderopvang", "gemeente-soest");
  }

  /** The tasks a user finds waiting are due in days or weeks, never long ago. */
  @Test
  void noWaitingTaskIsLongOverdue() {
    Date longAgo = ProcessValues.startOfDay(ProcessValues.today().minusDays(60));
    Date farAhead = ProcessValues.startOfDay(ProcessValues.today().plusDays(60));
    List<Task> open = taskService.createTaskQuery().unlimitedList();
    assertThat(open).hasSizeGreaterThanOrEqualTo(7);
    assertThat(open).allSatisfy(task -> assertThat(task.getDueDate()).as("%s of %s", task.getTaskDefinitionKey(), task.getProcessInstanceId())
        .isAfter(longAgo).isBefore(farAhead));
  }

  /**
   * This year's standing allocation: the six coaches at work hold 5.28 fte (the beweegmakelaar's 28
   * hours are 0.7778), two approved plans without a coach 1.0; Bink Kinderopvang's three coaches
   * (2.4 fte) no longer fit (see the README).
   */
  @Test
  void thisYearsFteAsTheStoryHasThem() {
    StandingAllocation.Year year = allocation.year(thisYear());
    assertThat(year.allocatedFte()).isEqualByComparingTo("6.8");
    assertThat(year.filledFte()).isEqualByComparingTo("5.2778");
    assertThat(year.committedFte()).isEqualByComparingTo("1.0");
    assertThat(year.availableFte()).isEqualByComparingTo("0.5222");
  }

  @Test
  void coachesHiredLastYearWorkIntoThisYear() {
    LocalDate today = ProcessValues.today();
    List<String> coaches = transactions.execute(status -> contracts.findAll().stream()
        .filter(c -> c.getContractYear() == 1).map(c -> c.getCoach().getName() + " " + c.getStartDate()).toList());
    assertThat(coaches).contains("Sam Voorbeeld " + LocalDate.of(thisYear() - 1, 9, 1), "Jip Proefmans " + LocalDate.of(thisYear(), 1, 1),
        "Fenna Fictief " + LocalDate.of(thisYear() - 1, 10, 1));
    // Each coach's current contract year runs until today or later (a renewed one may start in a few weeks).
    List<String> current = transactions.execute(status -> contracts.findAll().stream()
        .filter(c -> c.getStatus().name().equals("ACTIVE")).map(c -> c.getCoach().getName()).toList());
    assertThat(current).hasSize(6);
    List<LocalDate> ends = transactions.execute(status -> contracts.findAll().stream()
        .filter(c -> c.getStatus().name().equals("ACTIVE")).map(c -> c.getEndDate()).toList());
    assertThat(ends).allSatisfy(end -> assertThat(end).isAfterOrEqualTo(today));
    // The trainee from the bijstand: the first attempt failed, the second succeeded.
    List<String> outcomes = transactions.execute(status -> plans.findAll().stream()
        .filter(p -> p.getTitle().startsWith("Leerwerktraject")).flatMap(p -> vacancies.findByPlanOrderByPostNumberAndAttempt(p).stream())
        .map(v -> v.getOutcome()).toList());
    assertThat(outcomes).containsExactly("noSuitableCandidate", "selected");
  }

  @Autowired nl.coachplan.activitylisting.Activities activities;
  @Autowired nl.coachplan.referral.Referrals referrals;
  @Autowired nl.coachplan.wijkcollaboration.WijkFigures wijkFigures;
  @Autowired nl.coachplan.organisation.Wijken wijken;

  /**
   * The wijk: four wijken, the partners' aanbod agreed (Optisport's waiting for the coordinator,
   * Amerpoort's not yet agreed), the wijkteam's five referrals with the providers' answers.
   */
  @Test
  void theWijkteamFindsTheAanbodAndTheProvidersAnswered() {
    assertThat(wijken.all()).extracting(nl.coachplan.organisation.Wijk::getName)
        .containsExactly("Soest-Centrum", "Soest-Zuid", "Soest-Noord", "Soesterberg");
    assertThat(activities.listed("WK034202", null, null)).extracting(nl.coachplan.activitylisting.Activity::getTitle)
        .containsExactly("Straatvoetbal in de wijk", "Wandelgroep voor ouderen");
    assertThat(activities.listed("WK034202", "youth", null)).hasSize(1);
    assertThat(taskService.createTaskQuery().taskDefinitionKey("agreeCriteria").count()).as("Optisport's swimming").isEqualTo(1);
    var wijkteam = new nl.coachplan.identity.Viewer("wijkteam", java.util.List.of("wijkteam"));
    assertThat(referrals.ofViewer(wijkteam)).hasSize(5);
    assertThat(referrals.ofViewer(new nl.coachplan.identity.Viewer("vv-sec", java.util.List.of("org-vv-sec"))))
        .singleElement().satisfies(r -> assertThat(r.getReminders()).as("reminded after two weeks").isEqualTo(1));
    var zuid = wijkFigures.of("WK034202");
    assertThat(zuid.referrals()).isEqualTo(2);
    assertThat(zuid.started()).isEqualTo(1);
  }
}
