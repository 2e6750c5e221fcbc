package nl.coachplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.RestTestSupport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.PlanScenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard's figures against a round whose every number is known: one coach active (1 fte,
 * contract ending within 90 days), one plan in hiring (0,5 fte), one rejected, one waiting for screening.
 */
class DashboardApiTest extends RestTestSupport {

  private int year;
  private String active;
  private String hiring;

  /** The known round. The engine's clock stands two months before the active contract ends. */
  private void knownRound() {
    year = freshYear();
    active = approvedPlan(year, 6.8);
    hire(active, LocalDate.of(year, 9, 1), 36, false);
    hiring = approvedHalfFte();
    ProcessInstance rejected = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    completeTask(rejected, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(rejected, "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "reject", "tips", "Regulier aanbod"));
    runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    on(LocalDate.of(year + 1, 7, 1));
  }

  private String approvedHalfFte() {
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(intake, "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", 0.5));
    completeTask(intake, "draftProfile", vars("profileType", "buurtsportcoach", "hoursPerWeek", 18, "tasks", "Sport",
        "competencies", ProcessValues.json(List.of())));
    completeTask(intake, "draftBudget", vars("salaryScale", "schaal 7", "annualCostPerFte", 50000, "otherCostsEuro", 0));
    completeTask(intake, "approveProfileAndBudget", vars("budgetDecision", "approve"));
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
  }

  private JsonNode dashboard(String user, String query) throws Exception {
    ResponseEntity<String> response = http.exchange("/api/v1/rounds/" + year + "/dashboard" + query, HttpMethod.GET, auth(user), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private org.springframework.http.HttpEntity<Void> auth(String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return new org.springframework.http.HttpEntity<>(headers);
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    return http.exchange(path, HttpMethod.GET, auth(user), byte[].class);
  }

  @Test
  void everyFigureOfTheRoundIsRight() throws Exception {
    knownRound();
    JsonNode board = dashboard("rest-manager", "");

    assertThat(board.get("grantedFte").decimalValue()).isEqualByComparingTo("6.8");
    assertThat(board.get("approvedFte").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(board.get("filledFte").decimalValue()).isEqualByComparingTo("1");
    JsonNode stages = board.get("plansByStage");
    assertThat(stages.get("ACTIVE").asInt()).isEqualTo(1);
    assertThat(stages.get("HIRING").asInt()).isEqualTo(1);
    assertThat(stages.get("REJECTED").asInt()).isEqualTo(1);
    assertThat(stages.get("SCREENING").asInt()).isEqualTo(1);
    assertThat(stages.get("STRUCTURAL").asInt()).isZero();

    // Active: 1 fte, € 52.000; Rijk 20.000, W&I 26.000, spelers 6.000 money and SWOS 200 hours.
    // Hiring: 0,5 fte, € 25.000; Rijk 10.000, W&I 26.000 (more than the cost: the rules cap only the Rijk).
    JsonNode funding = board.get("funding");
    assertThat(funding.get("rijkEuro").decimalValue()).isEqualByComparingTo("30000");
    assertThat(funding.get("aanvoerdersEuro").decimalValue()).isEqualByComparingTo("52000");
    assertThat(funding.get("spelersEuro").decimalValue()).isEqualByComparingTo("6000");
    assertThat(funding.get("gemeenteEuro").decimalValue()).isEqualByComparingTo("0");
    assertThat(funding.get("inKindHoursPerYear").asInt()).isEqualTo(200);

    assertThat(board.get("contractsExpiringWithin90Days")).hasSize(1);
    assertThat(board.get("contractsExpiringWithin90Days").get(0).get("reference").asText()).isEqualTo(active);
    assertThat(board.get("contractsExpiringWithin90Days").get(0).get("endDate").asText()).isEqualTo((year + 1) + "-08-31");

    // The screening task waited 14 days; the clock is far past that.
    assertThat(board.get("overdueTasksByParty").get("Coördinator").asInt()).isEqualTo(1);

    assertThat(board.get("plans")).hasSize(4);
    JsonNode activeRow = board.get("plans").get(0);
    assertThat(activeRow.get("reference").asText()).isEqualTo(active);
    assertThat(activeRow.get("stage").asText()).isEqualTo("ACTIVE");
    assertThat(activeRow.get("yearsFunded").asInt()).isEqualTo(1);

    assertThat(board.get("planCount").asInt()).isEqualTo(4);
    // A round can hold thousands of plans: the dashboard answers one page of them.
    JsonNode secondPage = dashboard("rest-manager", "?page=1&size=3");
    assertThat(secondPage.get("plans")).hasSize(1);
    assertThat(secondPage.get("planCount").asInt()).isEqualTo(4);
    assertThat(secondPage.get("plansByStage").get("ACTIVE").asInt()).isEqualTo(board.get("plansByStage").get("ACTIVE").asInt());

    JsonNode onlyHiring = dashboard("rest-manager", "?stage=HIRING&aanvoerder=werk-en-inkomen");
    assertThat(onlyHiring.get("planCount").asInt()).isEqualTo(1);
    assertThat(onlyHiring.get("plans")).hasSize(1);
    assertThat(onlyHiring.get("plans").get(0).get("reference").asText()).isEqualTo(hiring);
  }

  @Test
  void theYearsFteAreTheStandingAllocationLessWhatPlansAndCoachesHold() throws Exception {
    knownRound();
    ResponseEntity<String> answer = http.exchange("/api/v1/fte/" + year, HttpMethod.GET, auth("rest-manager"), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    JsonNode fte = json.readTree(answer.getBody());
    assertThat(fte.get("allocatedFte").decimalValue()).isEqualByComparingTo("6.8");
    assertThat(fte.get("committedFte").decimalValue()).as("the plan in hiring").isEqualByComparingTo("0.5");
    assertThat(fte.get("filledFte").decimalValue()).as("the active coach").isEqualByComparingTo("1");
    assertThat(fte.get("availableFte").decimalValue()).isEqualByComparingTo("5.3");
    // No round of its own next year: this year's allocation stands, and the coach's contract year runs into it.
    JsonNode next = json.readTree(http.exchange("/api/v1/fte/" + (year + 1), HttpMethod.GET, auth("rest-manager"), String.class).getBody());
    assertThat(next.get("allocatedFte").decimalValue()).isEqualByComparingTo("6.8");
    assertThat(next.get("filledFte").decimalValue()).isGreaterThanOrEqualTo(java.math.BigDecimal.ONE);

    assertThat(http.exchange("/api/v1/fte/" + year, HttpMethod.GET, auth("rest-swos"), String.class).getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<String> badYear = http.exchange("/api/v1/fte/1999", HttpMethod.GET, auth("rest-manager"), String.class);
    assertThat(badYear.getStatusCode().value()).isEqualTo(400);
    assertThat(badYear.getBody()).contains("Het jaar ligt tussen 2000 en 2199.").doesNotContain("Exception");
  }

  @Test
  void organisationsSeeOnlyThePlansTheyLeadOrJoin() throws Exception {
    knownRound();
    assertThat(http.exchange("/api/v1/rounds/" + year + "/dashboard", HttpMethod.GET, auth("rest-swos"), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.exchange("/api/v1/rounds/" + year + "/dashboard", HttpMethod.GET, auth(null), String.class)
        .getStatusCode().value()).isEqualTo(401);

    JsonNode swos = json.readTree(http.exchange("/api/v1/plans?round=" + year, HttpMethod.GET, auth("rest-swos"), String.class).getBody());
    assertThat(swos.get("content")).extracting(p -> p.get("reference").asText()).containsExactly(active);
    JsonNode wei = json.readTree(http.exchange("/api/v1/plans?round=" + year + "&size=2", HttpMethod.GET, auth("rest-wei"), String.class).getBody());
    assertThat(wei.get("content")).hasSize(2);
    assertThat(wei.get("page").get("totalElements").asInt()).isEqualTo(4);
    JsonNode elzis = json.readTree(http.exchange("/api/v1/plans?round=" + year, HttpMethod.GET, auth("rest-elzis"), String.class).getBody());
    assertThat(elzis.get("content")).isEmpty();

    assertThat(http.exchange("/api/v1/plans/" + active, HttpMethod.GET, auth("rest-swos"), String.class).getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> hidden = http.exchange("/api/v1/plans/" + active, HttpMethod.GET, auth("rest-elzis"), String.class);
    assertThat(hidden.getStatusCode().value()).isEqualTo(404);
    assertThat(hidden.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(download("rest-wei", "/api/v1/rounds/" + year + "/plans.csv").getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> badStage = http.exchange("/api/v1/plans?round=" + year + "&stage=DREAMING", HttpMethod.GET, auth("rest-wei"), String.class);
    assertThat(badStage.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(badStage.getBody()).get("detail").asText()).contains("Onbekende fase 'DREAMING'");
  }

  @Test
  void exportsReadBackToTheSameFigures() throws Exception {
    knownRound();
    ResponseEntity<byte[]> csv = download("rest-manager", "/api/v1/rounds/" + year + "/plans.csv");
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\ufeff");
    List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(text.substring(1))).getRecords();
    assertThat(records).hasSize(4);
    CSVRecord first = records.get(0);
    assertThat(first.get("Referentie")).isEqualTo(active);
    assertThat(first.get("Fase")).isEqualTo("Actief");
    assertThat(first.get("Ingevulde fte")).isEqualTo("1,00");
    assertThat(first.get("Rijksbijdrage")).isEqualTo("20000,00");
    assertThat(first.get("Begroting sluitend")).isEqualTo("ja");

    ResponseEntity<byte[]> xlsx = download("rest-manager", "/api/v1/rounds/" + year + "/plans.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Referentie");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(active);
      assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(20000.0);
      assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(26000.0);
    }

    ResponseEntity<byte[]> monitor = download("rest-manager", "/api/v1/rounds/" + year + "/monitor.csv?calendarYear=" + (year + 1));
    List<CSVRecord> indicators = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
        .parse(new InputStreamReader(new ByteArrayInputStream(monitor.getBody(), 3, monitor.getBody().length - 3), StandardCharsets.UTF_8))
        .getRecords();
    Map<String, String> byKey = new java.util.HashMap<>();
    indicators.forEach(r -> byKey.put(r.get("Indicator") + "|" + r.get("Uitsplitsing"), r.get("Waarde")));
    assertThat(byKey).containsEntry("Personen|Buurtsportcoach", "1").containsEntry("Fte|Buurtsportcoach", "1,00")
        .containsEntry("Cofinanciering extern|spelers (EUR per jaar)", "6000,00")
        .containsEntry("Doelgroep (aantal coaches)|Mensen in de bijstand", "1");
  }
}
