package nl.coachplan.coachhiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.planintake.Post;
import nl.coachplan.planintake.PostRepository;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One plan funds several coaches (Bink Kinderopvang: three, 2.4 fte): the aanvoerder divides the
 * approved fte into posts when drafting the profile, and each post is hired and contracted on its own.
 */
class PostsProcessTest extends CaseTestSupport {

  @Autowired StandingAllocation allocation;
  @Autowired CoachRepository coaches;
  @Autowired PostRepository posts;

  @Test
  void binksThreePostsAreHiredSeparatelyAndEachContractYearRunsOnItsOwn() {
    int year = freshYear();
    String ref = binkPlan(year, 6.8);

    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.HIRING);
    assertThat(hiring(ref)).as("no hiring of the plan as a whole").isNull();
    for (int post = 1; post <= 3; post++) {
      ProcessInstance hiring = hiring(ref + "/" + post);
      assertThat(hiring).as("post %s", post).isNotNull().isWaitingAt("openVacancy");
      String task = task(hiring, "openVacancy").getId();
      assertThat(taskService.getIdentityLinksForTask(task)).extracting(IdentityLink::getGroupId).containsExactly("org-bink-kinderopvang");
      assertThat((String) taskService.getVariable(task, "hiringSummary")).contains("**Post " + post + " van 3:** 0,8 fte")
          .contains("28,8 uur per week (volle werkweek 36 uur)");
      assertThat(runtimeService.getVariable(hiring.getId(), "planTitle")).isEqualTo("Drie buurtsportcoaches in de kinderopvang · post " + post);
    }
    assertThat(allocation.year(year).committedFte()).as("approved, no post filled yet").isEqualByComparingTo("2.4");

    // Post 2 finds its coach first, post 1 (a trainee) a month later; post 3 is still being hired.
    hire(ref + "/2", LocalDate.of(year, 9, 1), 28.8, false);
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ACTIVE);
    assertThat(allocation.year(year).committedFte()).as("approved less the filled post").isEqualByComparingTo("1.6");
    assertThat(allocation.year(year).filledFte()).isEqualByComparingTo("0.8");
    hire(ref + "/1", LocalDate.of(year, 10, 1), 28.8, true);
    StandingAllocation.Year figures = allocation.year(year);
    assertThat(figures.committedFte()).isEqualByComparingTo("0.8");
    assertThat(figures.filledFte()).isEqualByComparingTo("1.6");
    assertThat(figures.availableFte()).isEqualByComparingTo("4.4");
    assertThat(hiring(ref + "/3")).isWaitingAt("openVacancy");
    assertThat(year(ref + "/1", 1)).isWaitingAt("yearReportDue");
    assertThat(year(ref + "/2", 1)).isWaitingAt("yearReportDue");

    hire(ref + "/3", LocalDate.of(year, 11, 1), 28.8, false);
    assertThat(allocation.year(year).committedFte()).isEqualByComparingTo("0");
    assertThat(allocation.year(year).filledFte()).isEqualByComparingTo("2.4");
    assertThat(filledFte(year)).as("the round's filled fte, as the dashboard shows them").isEqualByComparingTo("2.4");
    assertThat(inTx(() -> coaches.findByPlanOrderByPostNumber(plan(ref)).stream().map(c -> c.getName() + (c.isTrainee() ? " (trainee)" : "")).toList()))
        .containsExactly("Coach " + ref + "/1 (trainee)", "Coach " + ref + "/2", "Coach " + ref + "/3");

    // Post 2's year ends first and is renewed; the other posts' years run on untouched.
    ProcessInstance second = year(ref + "/2", 1);
    on(LocalDate.of(year + 1, 8, 31).minusWeeks(8));
    fireDueTimer(second);
    assertThat(second).isWaitingAt("submitYearReport");
    assertThat(task(second, "submitYearReport")).isNotNull();
    assertThat((String) taskService.getVariable(task(second, "submitYearReport").getId(), "contractSummary"))
        .contains("Coach " + ref + "/2").contains("28,8 uur per week (0,8 fte)");
    yearReport(second, 120, false, List.of("partnerCommitment"));
    reconfirm(second);
    assertThat((String) taskService.getVariable(task(second, "evaluateYear").getId(), "financingOverview"))
        .as("next year's budget is the plan's: its three posts").contains("voldoet aan");
    renewYear(second, null);
    assertThat(second).isEnded().hasPassed("contractRenewed");
    assertThat(year(ref + "/2", 2)).isWaitingAt("yearReportDue");
    assertThat(year(ref + "/1", 1)).isWaitingAt("yearReportDue");
    assertThat(year(ref + "/3", 1)).isWaitingAt("yearReportDue");
    assertThat(contractYears(ref)).containsExactly("1/1 ACTIVE", "2/1 RENEWED", "2/2 ACTIVE", "3/1 ACTIVE");

    // Post 1's employer ends its contract; the plan runs on with its other posts, and only post 1's fte are free again.
    ProcessInstance first = year(ref + "/1", 1);
    on(LocalDate.of(year + 1, 9, 30).minusWeeks(8));
    fireDueTimer(first);
    yearReport(first, 120, false, List.of());
    completeTask(first, "prepareNextYear", vars("contractIntention", "end",
        "intentionRemarks", "De trainee stopt; de post wordt niet opnieuw ingevuld."));
    assertThat(first).isEnded().hasPassed("contractEnded");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ACTIVE);
    assertThat(contractYears(ref)).containsExactly("1/1 ENDED", "2/1 RENEWED", "2/2 ACTIVE", "3/1 ACTIVE");
    assertThat(filledFte(year)).isEqualByComparingTo("1.6");
  }

  @Test
  void postsTogetherBeyondTheApprovedFteAreRefusedAndTheEmployersFullTimeWeekCounts() {
    int year = freshYear();
    openRound(year, 6.8);
    Map<String, Object> submission = new java.util.HashMap<>(PlanScenario.plan(year, List.of()));
    submission.putAll(vars("aanvoerder", "bink-kinderopvang", "requestedFte", 2.4));
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", submission);
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(intake, "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", 2.4));
    String ref = runtimeService.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    assertThat(taskService.getVariable(task(intake, "draftProfile").getId(), "fullTimeHours"))
        .as("the form opens with the municipality's full-time week").isEqualTo(36.0);

    assertThatThrownBy(() -> completeTask(intake, "draftProfile", profile(36, 36, 36, 18)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("De 3 posts (36 + 36 + 18 uur per week) zijn samen 2,5 fte; dat is meer dan de goedgekeurde 2,4 fte"
            + " (voltijd is 36 uur).");
    assertThatThrownBy(() -> completeTask(intake, "draftProfile", profile(24, 20, 20, 20)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("De volle werkweek van de werkgever ligt tussen 30 en 40 uur.");
    assertThat(intake).isWaitingAt("draftProfile");
    assertThat(inTx(() -> posts.findByPlanOrderByNumber(plan(ref)))).isEmpty();

    // The employer's CAO says 40 hours: three posts of 32 hours are 2.4 fte.
    completeTask(intake, "draftProfile", profile(40, 32, 32, 32));
    assertThat(inTx(() -> posts.findByPlanOrderByNumber(plan(ref)))).extracting(Post::getNumber, p -> p.getFte().doubleValue())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0.8), org.assertj.core.groups.Tuple.tuple(2, 0.8),
            org.assertj.core.groups.Tuple.tuple(3, 0.8));
    completeTask(intake, "draftBudget", vars("salaryScale", "CAO Kinderopvang schaal 6", "annualCostPerFte", 50000, "otherCostsEuro", 0));
    assertThat(inTx(() -> plans.findByReference(ref).map(p -> p.getStage()).orElseThrow())).isEqualTo(PlanStage.BUDGET_REVIEW);

    // Sent back: the redraft has two posts, and the third goes.
    completeTask(intake, "approveProfileAndBudget", vars("budgetDecision", "revise", "budgetRemarks", "Begin met twee coaches."));
    completeTask(intake, "draftProfile", profile(40, 32, 32));
    assertThat(inTx(() -> posts.findByPlanOrderByNumber(plan(ref)))).extracting(Post::getNumber).containsExactly(1, 2);
    assertThat(taskService.getVariable(task(intake, "draftBudget").getId(), "fullTimeHours")).isEqualTo(40.0);
  }

  @Test
  void aPostsCoachTakesWhatTheApprovalHeldForThePostAndNoMore() {
    int year = freshYear();
    // The round grants exactly Bink's 2.4 fte: its approval holds them all until the posts are filled.
    String ref = binkPlan(year, 2.4);
    assertThat(allocation.year(year).availableFte()).isEqualByComparingTo("0");
    ProcessInstance hiring = hiring(ref + "/1");
    on(LocalDate.of(year, 7, 1));
    openVacancy(hiring, LocalDate.of(year, 7, 15), false);
    on(LocalDate.of(year, 7, 16));
    fireDueTimer(hiring);
    completeTask(hiring, "selectCandidate", vars("selectionOutcome", "selected"));

    assertThatThrownBy(() -> completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-08-01",
        "contractEndDate", year + "-12-31", "hoursPerWeek", 32)))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("Met 32 uur per week wordt de coach 0,89 fte; van de goedgekeurde 2,4 fte laten de andere posts (1,6 fte)"
            + " 0,8 fte voor post 1.");
    assertThat(hiring).isWaitingAt("appointCoach");

    completeTask(hiring, "appointCoach", vars("coachName", "Coach", "startDate", year + "-08-01", "contractEndDate", year + "-12-31",
        "hoursPerWeek", 28.8));
    assertThat(hiring).isEnded();
    StandingAllocation.Year figures = allocation.year(year);
    assertThat(figures.committedFte()).isEqualByComparingTo("1.6");
    assertThat(figures.filledFte()).isEqualByComparingTo("0.8");
    assertThat(figures.availableFte()).isEqualByComparingTo("0");
    assertThat(year(ref + "/1", 1)).isWaitingAt("yearReportDue");
  }

  /** The profile form with the employer's full-time week and one post per hours. */
  private static Map<String, Object> profile(double fullTimeHours, double... hoursPerWeek) {
    return vars("profileType", "buurtsportcoach", "tasks", "Elke dag bewegen in de kinderopvang en de BSO",
        "competencies", ProcessValues.json(List.of("sportTechnical")), "fullTimeHours", fullTimeHours, "posts", posts(hoursPerWeek));
  }

  /** Each contract year as "post/year STATUS", by post and year. */
  private List<String> contractYears(String ref) {
    return inTx(() -> contracts.findByPlanOrderByPostNumberAndContractYear(plan(ref)).stream()
        .map(c -> c.getPost().getNumber() + "/" + c.getContractYear() + " " + c.getStatus()).toList());
  }
}
