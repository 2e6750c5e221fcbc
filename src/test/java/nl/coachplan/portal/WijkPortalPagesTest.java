package nl.coachplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.activitylisting.ActivityStatus;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.referral.Referral;
import nl.coachplan.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The wijk's portal pages through Spring MVC and Thymeleaf, as {@link PortalPagesTest}: who sees
 * which page, and that a page for someone else answers with the portal's Dutch refusal and no data.
 */
@AutoConfigureMockMvc(addFilters = false)
class WijkPortalPagesTest extends WijkTestSupport {

  private static final Viewer SWOS = new Viewer("rest-swos", List.of("org-swos"));
  private static final Viewer MEE = new Viewer("rest-mee", List.of("org-mee"));
  private static final Viewer WIJKTEAM = new Viewer("rest-wijkteam", List.of("wijkteam"));

  @Autowired MockMvc mvc;

  private MockHttpServletResponse open(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
    return mvc.perform(request.requestAttr(Viewer.ATTRIBUTE, viewer)).andReturn().getResponse();
  }

  private static void refused(MockHttpServletResponse response, int status, String message) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    assertThat(response.getContentAsString()).contains(message).contains("Terug naar uw portaal")
        .doesNotContain("Exception", "nl.coachplan", "ENGINE-", "Wandelgroep");
  }

  @Test
  void onlyTheWijkteamSearchesAndRefersAndOnlyProvidersKeepAnAanbod() throws Exception {
    Wijk wijk = freshWijk();
    Activity listed = listed(wijk);
    Activity proposed = stated(wijk);

    refused(open(get("/portaal/aanbod-zoeken").param("wijk", wijk.getCode()), SWOS), 403, "verwijzen doet het wijkteam");
    refused(open(get("/portaal/verwijzen/" + listed.getId()), SWOS), 403, "verwijzen doet het wijkteam");
    refused(open(post("/portaal/verwijzen/" + listed.getId()).param("_actie", "indienen").param("wijk", wijk.getCode())
        .param("source", "huisarts"), MEE), 403, "verwijzen doet het wijkteam");
    refused(open(get("/portaal/aanbod"), WIJKTEAM), 403, "Ons aanbod is voor aanbieders");
    refused(open(get("/portaal/aanbod/nieuw"), WIJKTEAM), 403, "Ons aanbod is voor aanbieders");
    // An activity not (yet) in the aanbod does not exist for the wijkteam.
    refused(open(get("/portaal/verwijzen/" + proposed.getId()), WIJKTEAM), 404, "Niet gevonden");

    // Another provider: SWOS's activities are not its own to change or withdraw, even a listed one.
    refused(open(get("/portaal/aanbod/" + listed.getId()), MEE), 404, "Niet gevonden");
    refused(open(post("/portaal/aanbod/" + listed.getId() + "/intrekken"), MEE), 404, "Niet gevonden");
    refused(open(get("/portaal/aanbod/" + listed.getId() + "/intrekken"), MEE), 404, "Niet gevonden");
    assertThat(activities.one(SWOS, listed.getId()).getStatus()).isEqualTo(ActivityStatus.LISTED);
    assertThat(open(get("/portaal/aanbod"), MEE).getContentAsString()).doesNotContain("Wandelgroep in de wijk");
  }

  @Test
  void aReferralIsSeenByTheWijkteamAndItsProviderAndAnsweredByTheProviderOnly() throws Exception {
    Wijk wijk = freshWijk();
    Referral referral = referred(listed(wijk), "huisarts");
    String path = "/portaal/verwijzingen/" + referral.getId();

    refused(open(get(path), MEE), 404, "Niet gevonden");
    assertThat(open(get(path), MEE).getContentAsString()).doesNotContain("Zoekt iets in de ochtend");
    refused(open(post(path).param("_actie", "indienen").param("status", "started"), MEE), 404, "Niet gevonden");
    assertThat(open(get("/portaal/verwijzingen"), MEE).getContentAsString()).doesNotContain("verwijzing-" + referral.getId() + "\"");

    String seenByWijkteam = open(get(path), WIJKTEAM).getContentAsString();
    assertThat(seenByWijkteam).contains("Zoekt iets in de ochtend").contains("Wacht op antwoord").doesNotContain("Antwoord doorgeven");
    refused(open(post(path).param("_actie", "indienen").param("status", "started"), WIJKTEAM), 403,
        "Alleen de aanbieder van de activiteit geeft terugkoppeling");
    assertThat(referralService.one(SWOS, referral.getId()).getStatus()).isEqualTo(ReferralStatus.AWAITING);

    // The provider: its home counts what waits for its answer; a BSN in the note is refused at the field.
    assertThat(open(get("/portaal"), SWOS).getContentAsString()).contains("Ons aanbod").contains("wacht").contains("op uw antwoord");
    String bsn = open(post(path).param("_actie", "indienen").param("status", "started").param("note", "Meneer 111222333 kwam"), SWOS)
        .getContentAsString();
    assertThat(bsn).contains("error-summary").contains("href=\"#veld-note\"").contains("Dit lijkt een BSN")
        .contains(">Meneer 111222333 kwam</textarea>");
    assertThat(referralService.one(SWOS, referral.getId()).getStatus()).isEqualTo(ReferralStatus.AWAITING);
    MockHttpServletResponse answered = open(post(path).param("_actie", "indienen").param("status", "started")
        .param("note", "Was er dinsdag, komt volgende week weer."), SWOS);
    assertThat(answered.getRedirectedUrl()).isEqualTo(path);
    assertThat(open(get("/portaal/verwijzingen"), WIJKTEAM).getContentAsString()).contains("Gestart")
        .contains("Was er dinsdag, komt volgende week weer.");
  }

  @Test
  void theWijkteamsHomeOffersTheAanbodAndItsReferralsAndNoPlans() throws Exception {
    String home = open(get("/portaal"), WIJKTEAM).getContentAsString();
    assertThat(home).contains("href=\"/portaal/aanbod-zoeken\"").contains("Uw verwijzingen").contains("href=\"/portaal/verwijzingen\"")
        .containsPattern("waarvan \\d+ (wacht|wachten) op antwoord|nog niemand verwezen")
        .doesNotContain("Plan indienen").doesNotContain("Uw plannen").doesNotContain("Ons aanbod");
    String provider = open(get("/portaal"), SWOS).getContentAsString();
    assertThat(provider).contains("href=\"/portaal/aanbod\"").contains("Plan indienen").doesNotContain("href=\"/portaal/aanbod-zoeken\"");
  }

  @Test
  void theActivityFormReadsADutchAmountAndKeepsWhatWasTypedOnARefusal() throws Exception {
    Wijk wijk = freshWijk();
    String title = "Beweegochtend in " + wijk.getName();
    String refused = open(post("/portaal/aanbod/nieuw").param("_actie", "indienen").param("title", title)
        .param("wijken", wijk.getCode()).param("targetGroups", "elderly").param("schedule", "donderdag 9.30 uur")
        .param("place", "Sporthal").param("costPerMonthEuro", "twaalf").param("criteria.openToVulnerableGroups", "true"), SWOS)
        .getContentAsString();
    assertThat(refused).contains("error-summary").contains("Vul een getal in").contains("value=\"twaalf\"")
        .contains("href=\"#veld-criteria-safeGuidance\"").contains("value=\"" + title + "\"");
    assertThat(activities.ofViewer(SWOS)).noneMatch(a -> a.getTitle().equals(title));

    MockHttpServletResponse registered = open(post("/portaal/aanbod/nieuw").param("_actie", "indienen").param("title", title)
        .param("wijken", wijk.getCode()).param("targetGroups", "elderly").param("schedule", "donderdag 9.30 uur")
        .param("place", "Sporthal").param("costPerMonthEuro", "12,50").param("criteria.openToVulnerableGroups", "true")
        .param("criteria.welcomesNewParticipants", "true").param("criteria.safeGuidance", "true")
        .param("criteria.qualityAndContinuity", "false").param("criteria.givesFeedback", "true"), SWOS);
    assertThat(registered.getRedirectedUrl()).isEqualTo("/portaal/aanbod");
    Activity made = activities.ofViewer(SWOS).stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow();
    assertThat(made.getCostPerMonthEuro()).isEqualByComparingTo("12.50");
    assertThat(made.isQualityAndContinuity()).isFalse();
    assertThat(made.getStatus()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(open(get("/portaal/aanbod"), SWOS).getContentAsString()).contains(title).contains("Criteria worden afgestemd")
        .contains("€ 12,50 per maand");

    // The coordinator does not agree (d): the provider reads which and why.
    agree(made, true, true, true, false, true);
    String list = open(get("/portaal/aanbod"), SWOS).getContentAsString();
    assertThat(list).contains("Niet alle criteria afgestemd").contains("d. Kwaliteit en continuïteit")
        .contains("Besproken met het wijkteam.");
  }

  @Test
  void theProviderChangesItsListedActivityWhichIsAgreedAgainAndWithdrawsIt() throws Exception {
    Wijk wijk = freshWijk();
    Activity listed = listed(wijk);
    String path = "/portaal/aanbod/" + listed.getId();
    String shown = open(get(path), SWOS).getContentAsString();
    assertThat(shown).contains("Opgenomen in het aanbod").contains("value=\"Wandelgroep in de wijk\"").contains("value=\"0\"")
        .contains("value=\"" + wijk.getCode() + "\" checked");

    // Time and cost change at once; a criterion changed takes it out of the aanbod until agreed again.
    MockHttpServletResponse changed = open(post(path).param("_actie", "indienen").param("title", "Wandelgroep in de wijk")
        .param("wijken", wijk.getCode()).param("targetGroups", "elderly").param("schedule", "woensdag 10.00 uur")
        .param("place", "Wijkcentrum").param("costPerMonthEuro", "1,5").param("criteria.openToVulnerableGroups", "true")
        .param("criteria.welcomesNewParticipants", "true").param("criteria.safeGuidance", "true")
        .param("criteria.qualityAndContinuity", "true").param("criteria.givesFeedback", "false"), SWOS);
    assertThat(changed.getRedirectedUrl()).isEqualTo("/portaal/aanbod");
    Activity now = activities.one(SWOS, listed.getId());
    assertThat(now.getStatus()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(now.getSchedule()).isEqualTo("woensdag 10.00 uur");
    assertThat(now.getCostPerMonthEuro()).isEqualByComparingTo("1.50");

    // Withdrawing asks first; only the answer withdraws.
    assertThat(open(get(path + "/intrekken"), SWOS).getContentAsString()).contains("Wilt u <strong>Wandelgroep in de wijk</strong> intrekken?")
        .contains("Ja, intrekken");
    assertThat(activities.one(SWOS, listed.getId()).getStatus()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(open(post(path + "/intrekken"), SWOS).getRedirectedUrl()).isEqualTo("/portaal/aanbod");
    assertThat(activities.one(SWOS, listed.getId()).getStatus()).isEqualTo(ActivityStatus.WITHDRAWN);
    assertThat(open(get("/portaal/aanbod"), SWOS).getContentAsString()).doesNotContain("activiteit-" + listed.getId() + "\"");
    assertThat(open(get(path), SWOS).getContentAsString()).contains("Deze activiteit is ingetrokken");
    assertThat(open(get(path + "/intrekken"), SWOS).getContentAsString()).contains("Deze activiteit is ingetrokken");
  }

  @Test
  void theWijkteamAndTheProvidersReadTheYearlyLookBackOfTheirWijk() throws Exception {
    Wijk wijk = freshWijk();
    var collaboration = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("wijk-" + wijk.getCode()).singleResult();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(collaboration.getId()).timers().singleResult().getId());
    completeTask(collaboration, "evaluateCollaboration", nl.coachplan.engine.FormValues.of(new nl.coachplan.wijkcollaboration.WijkForms.Evaluation(
        java.time.LocalDate.of(2030, 11, 12), true, List.of("swos"), "Korte lijnen.", null, "Elk kwartaal een kort overleg.")));

    assertThat(open(get("/portaal/wijken"), WIJKTEAM).getContentAsString()).contains("/portaal/wijken/" + wijk.getCode());
    for (Viewer reader : List.of(WIJKTEAM, SWOS)) {
      String page = open(get("/portaal/wijken/" + wijk.getCode()), reader).getContentAsString();
      assertThat(page).contains("Samenwerking in " + wijk.getName(), "met het wijkteam", "SWOS", "Korte lijnen.",
          "Elk kwartaal een kort overleg.");
    }
    refused(open(get("/portaal/wijken/WK034299"), SWOS), 404, "Niet gevonden");
  }
}
