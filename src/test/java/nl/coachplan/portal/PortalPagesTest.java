package nl.coachplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal's pages through Spring MVC and Thymeleaf (the security filters are tested elsewhere:
 * here the signed-in user is handed over as the Viewer the filter would set).
 */
@AutoConfigureMockMvc(addFilters = false)
class PortalPagesTest extends CaseTestSupport {

  private static final Viewer WEI = new Viewer("mvc-wei", List.of("org-werk-en-inkomen"));
  private static final Viewer SWOS = new Viewer("mvc-swos", List.of("org-swos"));

  @Autowired MockMvc mvc;

  private String page(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
    MvcResult result = mvc.perform(request.requestAttr(Viewer.ATTRIBUTE, viewer)).andReturn();
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    return result.getResponse().getContentAsString();
  }

  private static String between(String html, String before, String after) {
    int start = html.indexOf(before) + before.length();
    return html.substring(start, html.indexOf(after, start));
  }

  @Test
  void thePlanFormOffersTheOpenRoundTheOwnOrganisationAndOtherSpelersAndKeepsWhatWasTyped() throws Exception {
    user("mvc-wei", "org-werk-en-inkomen");
    openRound(freshYear(), 6.8);
    String blank = page(get("/portaal/plannen/nieuw"), WEI);
    assertThat(blank).contains("Plan indienen voor ronde").contains("name=\"_sleutel\"")
        .contains("<p class=\"readonly-value\" id=\"veld-aanvoerder\">Werk &amp; Inkomen")
        .contains("name=\"_rijen.contributions\" value=\"1\"");
    String spelers = between(blank, "name=\"contributions[0].organization\"", "</select>");
    assertThat(spelers).contains("value=\"swos\"").doesNotContain("value=\"werk-en-inkomen\"");
    String key = between(blank, "name=\"_sleutel\" value=\"", "\"");
    String year = between(blank, "Plan indienen voor ronde ", "<");

    // Another row, everything typed kept.
    String twoRows = page(post("/portaal/plannen/nieuw").param("_actie", "toevoegen:contributions").param("_sleutel", key)
        .param("title", "Samen sterk").param("aanvoerderContributionEuro", "26.000,50").param("_rijen.contributions", "1")
        .param("contributions[0].organization", "swos").param("contributions[0].kind", "money")
        .param("contributions[0].amountEuro", "1.500"), WEI);
    assertThat(twoRows).contains("name=\"_rijen.contributions\" value=\"2\"").contains("name=\"contributions[1].organization\"")
        .contains("value=\"Samen sterk\"").contains("value=\"26.000,50\"").contains("value=\"1.500\"")
        .doesNotContain("error-summary");

    // The server refuses a money contribution without an amount: shown at that field (row 2), all kept.
    String refused = page(post("/portaal/plannen/nieuw").param("_actie", "indienen").param("_sleutel", key)
        .param("title", "Samen sterk").param("goals", "Bewegen").param("targetGroups", "youth").param("settings", "school")
        .param("requestedFte", "0,5").param("profileType", "buurtsportcoach").param("aanvoerderContributionEuro", "26.000,50")
        .param("_rijen.contributions", "2")
        .param("contributions[0].organization", "swos").param("contributions[0].kind", "money").param("contributions[0].amountEuro", "1.500")
        .param("contributions[1].organization", "mee").param("contributions[1].kind", "money"), WEI);
    assertThat(refused).contains("error-summary").contains("href=\"#veld-contributions-1-amountEuro\"")
        .contains("id=\"veld-contributions-1-amountEuro-fout\"").contains("Bijdrage 2: vul het bedrag per jaar in.")
        .contains("aria-describedby=\"veld-contributions-1-amountEuro-fout\"")
        .contains("value=\"Samen sterk\"").contains("value=\"0,5\"").contains("value=\"1.500\"");

    // A badly typed number never reaches the server.
    String badNumber = page(post("/portaal/plannen/nieuw").param("_actie", "indienen").param("_sleutel", key)
        .param("aanvoerderContributionEuro", "twintig"), WEI);
    assertThat(badNumber).contains("Vul een getal in, bijvoorbeeld 1.234,56.").contains("value=\"twintig\"");

    // Submitted; the same key again (a double click) makes no second plan.
    MockHttpServletRequestBuilder valid = post("/portaal/plannen/nieuw").param("_actie", "indienen").param("_sleutel", key)
        .param("title", "Samen sterk").param("goals", "Bewegen").param("targetGroups", "youth").param("settings", "school")
        .param("requestedFte", "0,5").param("profileType", "buurtsportcoach").param("aanvoerderContributionEuro", "26.000,50")
        .param("_rijen.contributions", "1")
        .param("contributions[0].organization", "swos").param("contributions[0].kind", "money").param("contributions[0].amountEuro", "1.500")
        .requestAttr(Viewer.ATTRIBUTE, WEI);
    String location = mvc.perform(valid).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).matches("/portaal/plannen/P-" + year + "-\\d{3}/ingediend");
    assertThat(mvc.perform(valid).andReturn().getResponse().getRedirectedUrl()).isEqualTo(location);
    String reference = location.split("/")[3];
    assertThat(inTx(() -> plan(reference).getAanvoerderContributionEuro())).isEqualByComparingTo("26000.50");
    assertThat(page(get(location), WEI)).contains(reference).contains("href=\"/cases/" + reference + "\"");
  }

  @Test
  void aTaskFormShowsTheServersRefusalAtTheFieldAndCompletes() throws Exception {
    user("mvc-swos", "org-swos");
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake",
        PlanScenario.plan(year, List.of(PlanScenario.contribution("swos", "money", 1500, null, "Bijdrage"))));
    Task task = taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").singleResult();
    String path = "/portaal/taken/" + task.getId();

    String shown = page(get(path), SWOS);
    assertThat(shown).contains("<h1>Bijdrage bevestigen</h1>").contains("<h2>Bijdrage bevestigen</h2>")
        .contains("Wij bevestigen deze bijdrage").contains("class=\"adorner\" aria-hidden=\"true\">€</span>");
    assertThat(page(get("/portaal"), SWOS)).contains("href=\"" + path + "\"").contains("Bijdrage bevestigen");

    String refused = page(post(path).param("_actie", "indienen").param("contributionConfirmed", "true")
        .param("remark", "Graag"), SWOS);
    assertThat(refused).contains("Vul het bedrag in dat u bijdraagt.").contains("href=\"#veld-confirmedAmountEuro\"")
        .contains("id=\"veld-confirmedAmountEuro-fout\"").contains(">Graag</textarea>").contains("checked");

    String badDate = page(post(path).param("_actie", "indienen").param("contributionConfirmed", "true")
        .param("confirmedAmountEuro", "15 honderd"), SWOS);
    assertThat(badDate).contains("Vul een getal in, bijvoorbeeld 1.234,56.").contains("value=\"15 honderd\"").doesNotContain("Vul het bedrag in dat u bijdraagt.");

    String location = mvc.perform(post(path).param("_actie", "indienen").param("contributionConfirmed", "true")
        .param("confirmedAmountEuro", "1.250,00").requestAttr(Viewer.ATTRIBUTE, SWOS))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).isEqualTo("/portaal");
    String reference = intake.getBusinessKey() != null ? intake.getBusinessKey()
        : engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    assertThat(inTx(() -> plan(reference).getContributions().get(0).getStatus())).isEqualTo(ContributionStatus.CONFIRMED);
    assertThat(inTx(() -> plan(reference).getContributions().get(0).getConfirmedAmountEuro())).isEqualByComparingTo("1250");

    assertThat(page(post(path).param("_actie", "indienen").param("contributionConfirmed", "true"), SWOS))
        .contains("Deze taak is al afgerond");
    assertThat(mvc.perform(get("/portaal/taken/onbekend").requestAttr(Viewer.ATTRIBUTE, SWOS)).andReturn().getResponse()
        .getContentAsString()).contains("Niet gevonden").doesNotContain("Exception");
    assertThat(Map.of()).isEmpty();
  }

  /** The employer's tasks at renewal are rendered from their forms for the plan's aanvoerder, and for nobody else. */
  @Test
  void theAanvoerdersRenewalTasksAreItsOwnInThePortal() throws Exception {
    user("mvc-wei", "org-werk-en-inkomen");
    user("mvc-swos", "org-swos");
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, java.time.LocalDate.of(year, 9, 1), 36, false);
    ProcessInstance first = year(ref, 1);
    on(java.time.LocalDate.of(year + 1, 8, 31).minusWeeks(8));
    fireDueTimer(first);
    yearReport(first, 120, false, List.of());

    String prepare = "/portaal/taken/" + task(first, "prepareNextYear").getId();
    assertThat(page(get(prepare), WEI)).contains("Volgend contractjaar voorbereiden").contains("value=\"36\"")
        .contains("Nieuwe spelers").contains("Wij willen het contract volgend jaar voortzetten");
    assertThat(mvc.perform(get(prepare).requestAttr(Viewer.ATTRIBUTE, SWOS)).andReturn().getResponse().getStatus())
        .as("a speler of the plan is not offered the employer's task").isNotEqualTo(200);

    reconfirm(first);
    decideFunding(first, "continue", null);
    String decide = "/portaal/taken/" + task(first, "decideContract").getId();
    assertThat(page(get("/portaal"), WEI)).contains("href=\"" + decide + "\"");
    assertThat(page(get("/portaal"), SWOS)).doesNotContain(decide);
    assertThat(page(get(decide), WEI)).contains("Besluit over het arbeidscontract").contains("Fte en rijksbijdrage voortzetten")
        .contains("Wij beëindigen het arbeidscontract na dit contractjaar");
    assertThat(mvc.perform(get(decide).requestAttr(Viewer.ATTRIBUTE, SWOS)).andReturn().getResponse().getStatus()).isNotEqualTo(200);

    String refused = page(post(decide).param("_actie", "indienen").param("contractDecision", "end"), WEI);
    assertThat(refused).contains("Licht toe waarom u het arbeidscontract beëindigt").contains("href=\"#veld-contractRemarks\"");
    assertThat(first).isNotNull();
    mvc.perform(post(decide).param("_actie", "indienen").param("contractDecision", "renew").requestAttr(Viewer.ATTRIBUTE, WEI))
        .andExpect(status().is3xxRedirection());
    assertThat(year(ref, 2)).as("the employer renewed: the next contract year runs").isNotNull();
  }

  /** The year report of a plan in the work setting asks the participatieladder; any other plan's asks its outcomes instead. */
  @Test
  void theYearReportAsksTheLadderOnlyOfAPlanInTheWorkSetting() throws Exception {
    user("mvc-wei", "org-werk-en-inkomen");
    int year = freshYear();
    String work = approvedPlan(year, 6.8);
    int clubYear = freshYear();
    String club = approvedPlan(clubYear, 6.8, plan -> {
      plan.put("settings", nl.coachplan.engine.ProcessValues.json(List.of("sportsClub")));
      Map<String, Object> outcome = new java.util.HashMap<>();
      outcome.put("outcome", "participation");
      outcome.put("measure", "nieuwe leden");
      plan.put("outcomes", nl.coachplan.engine.ProcessValues.json(List.of(outcome)));
    });
    for (String ref : List.of(work, club)) {
      java.time.LocalDate start = java.time.LocalDate.of(ref.equals(work) ? year : clubYear, 9, 1);
      hire(ref, start, 36, false);
      on(start.plusYears(1).minusDays(1).minusWeeks(8));
      fireDueTimer(year(ref, 1));
    }

    String workPage = page(get("/portaal/taken/" + task(year(work, 1), "submitYearReport").getId()), WEI);
    assertThat(workPage).contains("name=\"ladderStart.rung1\"").contains("Trede 4: onbetaald werk").doesNotContain("vrijwilligerswerk");
    String clubPage = page(get("/portaal/taken/" + task(year(club, 1), "submitYearReport").getId()), WEI);
    assertThat(clubPage).doesNotContain("ladderStart").doesNotContain("Participatieladder")
        .contains("Resultaten op de beoogde resultaten").contains("Meedoen").contains("nieuwe leden")
        .contains("name=\"outcomeResults[0].resultText\"").contains("name=\"photoLinks[0].url\"");
  }

  @Test
  void anAanvoerderWithdrawsItsPlanAfterAQuestionAndNobodyElseMay() throws Exception {
    Viewer elzis = new Viewer("mvc-elzis", List.of("org-elzis"));
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 2000, null, "Bijdrage"))));
    String reference = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).singleResult()
        .getBusinessKey();
    String path = "/portaal/plannen/" + reference + "/intrekken";

    // The case file offers it to the aanvoerder only; the question names the plan and what follows.
    assertThat(page(get("/cases/" + reference), WEI)).contains("id=\"plan-intrekken\"");
    assertThat(page(get("/cases/" + reference), SWOS)).doesNotContain("plan-intrekken");
    assertThat(page(get(path), WEI)).contains("Wilt u plan <span>" + reference + "</span>").contains("Ja, plan intrekken");

    // A speler is refused, another organisation does not find it; nothing changes.
    MvcResult speler = mvc.perform(post(path).param("reason", "Weg ermee").requestAttr(Viewer.ATTRIBUTE, SWOS)).andReturn();
    assertThat(speler.getResponse().getStatus()).isEqualTo(403);
    assertThat(speler.getResponse().getContentAsString()).contains("Alleen de aanvoerder van het plan of de coördinator");
    assertThat(mvc.perform(get(path).requestAttr(Viewer.ATTRIBUTE, SWOS)).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get(path).requestAttr(Viewer.ATTRIBUTE, elzis)).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post(path).requestAttr(Viewer.ATTRIBUTE, elzis)).andReturn().getResponse().getStatus()).isEqualTo(404);

    // Too long a reason: refused at the field, what was typed kept, the plan unchanged.
    String tooLong = page(post(path).param("reason", "x".repeat(4001)), WEI);
    assertThat(tooLong).contains("id=\"reden-fout\"").contains("De reden mag hoogstens 4000 tekens lang zijn; u typte er 4001.")
        .contains("x".repeat(4001));
    assertThat(inTx(() -> plan(reference).getStage())).isEqualTo(PlanStage.CONFIRMING);

    MvcResult withdrawn = mvc.perform(post(path).param("reason", "  De sporthal is verkocht.  ").requestAttr(Viewer.ATTRIBUTE, WEI))
        .andReturn();
    assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + reference);
    assertThat(withdrawn.getFlashMap().get("confirmation")).isEqualTo("Plan " + reference
        + " is ingetrokken. De spelers en de coördinator zien dat in dit dossier.");
    assertThat(inTx(() -> plan(reference).getStage())).isEqualTo(PlanStage.WITHDRAWN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(intake.getId()).count()).isZero();
    assertThat(page(get("/cases/" + reference), SWOS)).contains("De sporthal is verkocht.");

    // Afterwards: no link, and the question says why not.
    assertThat(page(get("/cases/" + reference), WEI)).doesNotContain("plan-intrekken");
    assertThat(page(get(path), WEI)).contains("Dit plan kan niet meer worden ingetrokken: het staat in de fase &#39;Ingetrokken&#39;.");
  }
}
