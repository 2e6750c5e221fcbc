package nl.coachplan.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.organisation.Wijk;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Each refusal of the wijk's API, as an attacker or a careless client would meet it: who may enter
 * wijken, state activities, refer and answer, and that a referral takes no personal data. Every
 * refusal is a Dutch problem+json at the field, and changes nothing.
 */
class WijkRefusalsTest extends WijkTestSupport {

  private Map<String, Object> activityBody(Wijk wijk) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Beweegochtend");
    body.put("wijk", wijk.getCode());
    body.put("targetGroups", List.of("elderly"));
    body.put("schedule", "donderdag 9.30 uur");
    body.put("place", "Sporthal");
    body.put("costPerMonthEuro", 5);
    body.put("criteria", Map.of("openToVulnerableGroups", true, "welcomesNewParticipants", true, "safeGuidance", true,
        "qualityAndContinuity", true, "givesFeedback", true));
    return body;
  }

  private static void refused(ResponseEntity<String> response, int status, String field, String message) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody()).contains(message).doesNotContain("Exception", "nl.coachplan", "ENGINE-");
    if (field != null) {
      assertThat(response.getBody()).contains("\"" + field + "\"");
    }
  }

  @Test
  void onlyTheCoordinatorEntersWijkenOfItsOwnMunicipalityEachOnce() throws Exception {
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/wijken", Map.of("code", "WK034290", "name", "Nergens")), 403, null,
        "Wijken worden ingericht door de coördinator");
    refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/wijken", Map.of("code", "WK034290", "name", "Nergens")), 403, null,
        "coördinator");
    refused(api("rest-coordinator", HttpMethod.POST, "/api/v1/wijken", Map.of("code", "034201", "name", "Zonder WK")), 400, "code",
        "CBS-wijkcode is WK met zes cijfers");
    refused(api("rest-coordinator", HttpMethod.POST, "/api/v1/wijken", Map.of("code", "WK036301", "name", "Amsterdam")), 400, "code",
        "niet van deze gemeente");
    Wijk wijk = freshWijk();
    refused(api("rest-coordinator", HttpMethod.POST, "/api/v1/wijken", Map.of("code", wijk.getCode(), "name", "Tweede")), 409, "code",
        "Er is al een wijk met code " + wijk.getCode());
    assertThat(read(api("rest-swos", HttpMethod.GET, "/api/v1/wijken", null)).findValuesAsText("code")).contains(wijk.getCode());
  }

  @Test
  void anOrganisationStatesActivitiesForItselfOnlyAndTheyStayHiddenUntilAgreed() throws Exception {
    Wijk wijk = freshWijk();
    Map<String, Object> forSwos = activityBody(wijk);
    forSwos.put("provider", "swos");
    refused(api("rest-mee", HttpMethod.POST, "/api/v1/activities", forSwos), 403, null, "eigen organisatie");
    refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/activities", activityBody(wijk)), 400, "provider", "Kies de aanbieder");

    Map<String, Object> unknownGroup = activityBody(wijk);
    unknownGroup.put("targetGroups", List.of("iedereen-behalve-jongeren"));
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/activities", unknownGroup), 400, "targetGroups", "Onbekende doelgroep");
    Map<String, Object> noCriteria = activityBody(wijk);
    noCriteria.remove("criteria");
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/activities", noCriteria), 400, "criteria", "vijf criteria");
    Map<String, Object> unknownWijk = activityBody(wijk);
    unknownWijk.put("wijk", "WK034299");
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/activities", unknownWijk), 400, "wijken", "Onbekende wijk");
    Map<String, Object> negative = activityBody(wijk);
    negative.put("costPerMonthEuro", -1);
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/activities", negative), 400, "costPerMonthEuro", "niet negatief");

    ResponseEntity<String> created = api("rest-swos", HttpMethod.POST, "/api/v1/activities", activityBody(wijk));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    long id = read(created).get("id").asLong();
    assertThat(read(api("rest-wijkteam", HttpMethod.GET, "/api/v1/activities?wijk=" + wijk.getCode(), null))).as("not agreed yet").isEmpty();
    refused(api("rest-wijkteam", HttpMethod.GET, "/api/v1/activities/" + id, null), 404, null, "geen activiteit");
    refused(api("rest-mee", HttpMethod.PUT, "/api/v1/activities/" + id, activityBody(wijk)), 404, null, "geen activiteit");
    refused(api("rest-mee", HttpMethod.DELETE, "/api/v1/activities/" + id, null), 404, null, "geen activiteit");
    assertThat(read(api("rest-swos", HttpMethod.GET, "/api/v1/activities/own", null)).findValuesAsText("statusLabel"))
        .contains("Criteria worden afgestemd");
  }

  @Test
  void onlyTheWijkteamRefersAndNoPersonalDataComesIn() throws Exception {
    Wijk wijk = freshWijk();
    Activity activity = listed(wijk);
    Activity notAgreed = stated(wijk);
    Map<String, Object> referral = Map.of("activityId", activity.getId(), "source", "huisarts", "note", "Zoekt een ochtendgroep.");

    refused(api("rest-swos", HttpMethod.POST, "/api/v1/referrals", referral), 403, null, "Verwijzen naar het aanbod doet het wijkteam");
    refused(api("rest-coordinator", HttpMethod.POST, "/api/v1/referrals", referral), 403, null, "wijkteam");
    for (String personal : List.of("name", "bsn", "birthDate", "address", "naam")) {
      Map<String, Object> withPerson = new HashMap<>(referral);
      withPerson.put(personal, "1");
      refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/referrals", withPerson), 400, personal,
          "Coachplan neemt geen persoonsgegevens op");
    }
    for (String note : List.of("BSN 111222333", "geboren 12-03-1951", "woont op 3768 AB nummer 4")) {
      Map<String, Object> leaky = new HashMap<>(referral);
      leaky.put("note", note);
      refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/referrals", leaky), 400, "note", "geen persoonsgegevens");
    }
    Map<String, Object> unknownSource = new HashMap<>(referral);
    unknownSource.put("source", "buurman");
    refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/referrals", unknownSource), 400, "source", "Onbekende bron");
    refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/referrals", Map.of("activityId", notAgreed.getId(), "source", "wijkteam")),
        400, "activityId", "in het aanbod");
    assertThat(read(api("rest-wijkteam", HttpMethod.GET, "/api/v1/wijken/" + wijk.getCode() + "/figures", null)).get("referrals").asInt())
        .as("nothing was stored").isZero();

    ResponseEntity<String> made = api("rest-wijkteam", HttpMethod.POST, "/api/v1/referrals", referral);
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(201);
    long id = read(made).get("id").asLong();

    // Only the provider answers; the wijkteam and another organisation may not.
    refused(api("rest-wijkteam", HttpMethod.POST, "/api/v1/referrals/" + id + "/feedback", Map.of("status", "started")), 403, null,
        "Alleen de aanbieder");
    refused(api("rest-mee", HttpMethod.POST, "/api/v1/referrals/" + id + "/feedback", Map.of("status", "started")), 404, null,
        "geen verwijzing");
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/referrals/" + id + "/feedback", Map.of("status", "misschien")), 400, "status",
        "Onbekende stand");
    refused(api("rest-swos", HttpMethod.POST, "/api/v1/referrals/" + id + "/feedback", Map.of("status", "started", "name", "X")), 400,
        "name", "geen persoonsgegevens");
    ResponseEntity<String> answered = api("rest-swos", HttpMethod.POST, "/api/v1/referrals/" + id + "/feedback",
        Map.of("status", "started", "note", "Was er dinsdag."));
    assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(200);
    assertThat(read(api("rest-wijkteam", HttpMethod.GET, "/api/v1/referrals/" + id, null)).get("statusLabel").asText()).isEqualTo("Gestart");
    assertThat(read(api("rest-mee", HttpMethod.GET, "/api/v1/referrals", null)).findValuesAsText("id")).doesNotContain(Long.toString(id));

    var figures = read(api("rest-manager", HttpMethod.GET, "/api/v1/wijken/" + wijk.getCode() + "/figures", null));
    assertThat(figures.get("activities").asInt()).isEqualTo(1);
    assertThat(figures.get("referrals").asInt()).isEqualTo(1);
    assertThat(figures.get("started").asInt()).isEqualTo(1);
    assertThat(figures.get("feedbackGiven").asInt()).isEqualTo(1);
    ResponseEntity<String> csv = api("rest-manager", HttpMethod.GET, "/api/v1/wijken/" + wijk.getCode() + "/figures.csv", null);
    assertThat(csv.getBody()).contains("Huisarts").contains("Verwijzingen");
  }
}
