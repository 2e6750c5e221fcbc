package nl.coachplan.contractrenewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.dashboard.MunicipalityMonitor;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19, 5 and 6: the year report asks what fits the plan (the participatieladder only in the
 * work setting; otherwise the outcomes the plan chose, with stories and photo links), and the
 * monitor per municipality-year keeps each year's figures as they were when the year was reported.
 */
class InstrumentsProcessTest extends CaseTestSupport {

  @Autowired YearReportRepository reports;
  @Autowired MunicipalityMonitor monitor;
  @Autowired EntityManager em;
  @Autowired TransactionTemplate transaction;

  private static Map<String, Object> outcome(String code, String measure) {
    Map<String, Object> row = new HashMap<>();
    row.put("outcome", code);
    row.put("measure", measure);
    return row;
  }

  /** A sports club's kind of plan: not in the work setting, with two intended outcomes. */
  private String clubPlan(int year) {
    String ref = approvedPlan(year, 6.8, plan -> {
      plan.put("settings", ProcessValues.json(List.of("sportsClub", "neighbourhood")));
      plan.put("outcomes", ProcessValues.json(List.of(outcome("participation", "nieuwe leden bij de clubs"),
          outcome("health", null))));
    });
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    return ref;
  }

  private ProcessInstance reportDue(String ref, int contractYear, int year) {
    ProcessInstance instance = year(ref, contractYear);
    on(LocalDate.of(year + contractYear, 8, 31).minusWeeks(8));
    fireDueTimer(instance);
    return instance;
  }

  private static Map<String, Object> result(String code, String text, Number number) {
    Map<String, Object> row = new HashMap<>();
    row.put("outcome", code);
    row.put("resultText", text);
    row.put("resultNumber", number);
    return row;
  }

  private Map<String, Object> clubReport(List<Map<String, Object>> results, List<Map<String, Object>> photos) {
    return vars("participantsReached", 80, "spentEuro", 50000, "wantsStructural", false,
        "embeddingSteps", ProcessValues.json(List.of()), "outcomeResults", ProcessValues.json(results),
        "stories", "Een vader die nu zelf training geeft.", "photoLinks", ProcessValues.json(photos));
  }

  @Test
  void aPlanOutsideTheWorkSettingReportsOnItsOutcomesWithStoriesAndPhotosAndIsNotAskedTheLadder() {
    int year = freshYear();
    String ref = clubPlan(year);
    ProcessInstance first = reportDue(ref, 1, year);
    assertThat(first).isWaitingAt("submitYearReport");
    String taskId = task(first, "submitYearReport").getId();
    assertThat(taskService.getVariableLocal(taskId, "ladderApplies")).isEqualTo(false);
    assertThat(taskService.getVariable(taskId, "outcomeResults").toString()).contains("participation").contains("health")
        .contains("nieuwe leden bij de clubs");

    List<Map<String, Object>> both = List.of(result("participation", "Twaalf nieuwe leden", 12), result("health", "Fitter", null));
    Map<String, Object> withLadder = clubReport(both, List.of());
    withLadder.put("ladderStart", ProcessValues.json(ladder(10, 10, 10, 10, 10, 10)));
    assertThatThrownBy(() -> completeTask(first, "submitYearReport", withLadder))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("participatieladder hoort alleen bij plannen");
    assertThatThrownBy(() -> completeTask(first, "submitYearReport", clubReport(List.of(both.get(0)), List.of())))
        .hasMessageContaining("Beschrijf het resultaat op 'Gezondheid'");
    assertThatThrownBy(() -> completeTask(first, "submitYearReport",
        clubReport(List.of(both.get(0), both.get(1), result("work", "Twee banen", 2)), List.of())))
        .hasMessageContaining("'work' is geen beoogd resultaat van dit plan");
    assertThatThrownBy(() -> completeTask(first, "submitYearReport",
        clubReport(both, List.of(Map.of("url", "javascript:alert(1)", "caption", "Training")))))
        .hasMessageContaining("Foto 1: geef een link die begint met https://");
    assertThat(first).as("a refusal changes nothing").isWaitingAt("submitYearReport");
    assertThat(inTx(() -> reports.findAll().stream().filter(r -> r.getContract().getPlan().getReference().equals(ref)).count())).isZero();

    completeTask(first, "submitYearReport", clubReport(both,
        List.of(Map.of("url", "https://example.org/fotos/training.jpg", "caption", "Training op zaterdag"), Map.of())));
    assertThat(first).hasPassed("submitYearReport");
    inTx(() -> {
      YearReport report = reports.findAll().stream().filter(r -> r.getContract().getPlan().getReference().equals(ref)).findFirst()
          .orElseThrow();
      assertThat(report.isLadderApplies()).isFalse();
      assertThat(report.getOutcomes()).extracting(ReportedOutcome::getOutcome).containsExactly("participation", "health");
      assertThat(report.getOutcomes().get(0).getResultNumber()).isEqualByComparingTo("12");
      assertThat(report.getOutcomes().get(0).getMeasure()).isEqualTo("nieuwe leden bij de clubs");
      assertThat(report.getStories()).contains("training");
      assertThat(report.getPhotos()).extracting(PhotoLink::getUrl).containsExactly("https://example.org/fotos/training.jpg");
      return null;
    });
    reconfirm(first);
    String evaluation = task(first, "evaluateYear").getId();
    assertThat(taskService.getVariable(evaluation, "ladderOverview")).as("no ladder to show").isNull();
    assertThat((String) taskService.getVariable(evaluation, "yearReportOverview")).contains("Meedoen").contains("Twaalf nieuwe leden")
        .contains("Training op zaterdag");
    assertThat((String) taskService.getVariable(evaluation, "renewalAdviceText")).as("the outcomes are answered")
        .doesNotContain("ontbrekende resultaten");
  }

  /**
   * A plan that names outcomes, with a year report that answers none of them (the form asks each now;
   * a report from before the plan's outcomes were recorded has none): the advice stays continue and
   * says the results are missing and to discuss them together.
   */
  @Test
  void theAdviceAsksToDiscussMissingResultsWhenTheReportAnswersNoIntendedOutcome() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    transaction.executeWithoutResult(s -> em.createNativeQuery(
        "insert into plan_outcome (plan_id, line_no, outcome, measure) values (:plan, 0, 'work', 'uitstroom naar werk')")
        .setParameter("plan", plan(ref).getId()).executeUpdate());
    reconfirm(first);

    assertThat(first).hasPassed("adviseRenewal").isWaitingAt("evaluateYear");
    String advice = (String) taskService.getVariable(task(first, "evaluateYear").getId(), "renewalAdviceText");
    assertThat(advice).startsWith("**Fte en rijksbijdrage voortzetten.**").contains("Werk")
        .contains("bespreek de ontbrekende resultaten in het gezamenlijk gesprek of bij de evaluatie");
    assertThat(inTx(() -> contracts.findAll().stream().filter(c -> c.getPlan().getReference().equals(ref)).findFirst().orElseThrow()
        .getAdvice())).isEqualTo("continue");
  }

  @Test
  void aPlanInTheWorkSettingMustFillTheLadder() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    ProcessInstance first = reportDue(ref, 1, year);
    assertThat(taskService.getVariableLocal(task(first, "submitYearReport").getId(), "ladderApplies")).isEqualTo(true);
    assertThatThrownBy(() -> completeTask(first, "submitYearReport", vars("participantsReached", 120, "spentEuro", 51000,
        "ladderStart", ProcessValues.json(ladder(40, 30, 30, 10, 5, 5)))))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("Vul op de participatieladder aan het eind van het jaar bij elke trede");
    yearReport(first, 120, false, List.of());
    assertThat(first).hasPassed("submitYearReport");
  }

  @Test
  void aPlanNamesOnlyKnownOutcomesOnce() {
    int year = freshYear();
    openRound(year, 6.8);
    Map<String, Object> unknown = PlanScenario.plan(year, PlanScenario.soestContributions());
    unknown.put("outcomes", ProcessValues.json(List.of(outcome("happiness", null))));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("plan-intake", unknown))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("onbekend resultaat 'happiness'");
    Map<String, Object> twice = PlanScenario.plan(year, PlanScenario.soestContributions());
    twice.put("outcomes", ProcessValues.json(List.of(outcome("health", null), outcome("health", "BMI"))));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("plan-intake", twice))
        .hasMessageContaining("'Gezondheid' staat al in het plan");
  }

  private MunicipalityMonitor.Row row(int calendarYear, String ref, Integer contractYear) {
    return inTx(() -> monitor.year(calendarYear)).rows().stream()
        .filter(r -> r.reference().equals(ref) && java.util.Objects.equals(r.contractYear(), contractYear)).findFirst().orElseThrow();
  }

  @Test
  void aRenewalThatChangesTheMoneyLeavesLastYearsMonitorRowAsItWas() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    assertThat(row(year, ref, 1).frozen()).as("a year not yet reported shows the budget as it stands").isFalse();

    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, false, List.of());
    MunicipalityMonitor.Row reported = row(year, ref, 1);
    assertThat(reported.frozen()).isTrue();
    assertThat(reported.participantsReached()).isEqualTo(120);
    assertThat(reported.profileLabel()).isEqualTo("Buurtsportcoach");
    assertThat(reported.hoursPerWeek()).isEqualByComparingTo("36");
    assertThat(reported.spelersEuro()).isEqualByComparingTo("6000");

    // MEE stops: the renewal carries next year's budget over without it; then the costs rise too.
    reconfirm(first, "mee");
    completeTask(first, "jointConversation", vars("conversationDate", ProcessValues.today().toString(),
        "conversationAttendees", ProcessValues.json(List.of("werk-en-inkomen", "mee")),
        "agreedSolution", "De gemeente vult het tekort van MEE aan."));
    renewYear(first, null);
    transaction.executeWithoutResult(s -> em.createNativeQuery(
        "update budget set total_cost_euro = 61000, annual_cost_per_fte = 59000 where plan_id = :plan")
        .setParameter("plan", plan(ref).getId()).executeUpdate());

    MunicipalityMonitor.Row after = row(year, ref, 1);
    assertThat(after).as("last year's row: only its status moved on").usingRecursiveComparison()
        .ignoringFields("status", "statusLabel").isEqualTo(reported);
    assertThat(after.statusLabel()).isEqualTo("Verlengd");
    MunicipalityMonitor.Row nextYear = row(year + 1, ref, 2);
    assertThat(nextYear.frozen()).isFalse();
    assertThat(nextYear.totalCostEuro()).isEqualByComparingTo("61000");
    assertThat(nextYear.spelersEuro()).isEqualByComparingTo("2500");
    assertThat(row(year + 1, ref, 1)).as("the contract year reaching into the next calendar year keeps its figures too")
        .isEqualTo(after);
  }

  @Test
  void aStructurallyFundedCoachStaysListedWithItsStatus() {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    ProcessInstance first = reportDue(ref, 1, year);
    yearReport(first, 120, true, List.of("permanentPost", "ownBudget"));
    reconfirm(first);
    decideFunding(first, "structural", "Vaste aanstelling bij Werk & Inkomen");
    completeTask(first, "recordStructuralFunding", vars("permanentContract", true,
        "fundingSource", "Eigen begroting Werk & Inkomen", "effectiveDate", (year + 1) + "-01-01"));
    assertThat(first).isEnded();

    MunicipalityMonitor.Row lastContractYear = row(year + 1, ref, 1);
    assertThat(lastContractYear.status()).isEqualTo(ContractStatus.STRUCTURAL.name());
    assertThat(lastContractYear.frozen()).isTrue();
    MunicipalityMonitor.Row later = row(year + 3, ref, null);
    assertThat(later.status()).isEqualTo(ContractStatus.STRUCTURAL.name());
    assertThat(later.statusLabel()).isEqualTo("Structureel gefinancierd sinds 1 januari " + (year + 1));
    assertThat(later.rijkEuro()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(later.profileLabel()).isEqualTo("Buurtsportcoach");
    assertThat(inTx(() -> monitor.year(year - 1)).rows()).noneMatch(r -> r.reference().equals(ref));
  }
}
