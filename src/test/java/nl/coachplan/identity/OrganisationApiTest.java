package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.coachplan.RestTestSupport;
import nl.coachplan.organisation.OrganisationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Organisations as data through the API: everyone signed in reads them, the coordinator registers
 * one (with its group) and its users, every other caller is refused, and a new organisation is an
 * aanvoerder and a speler in a plan at once, without a redeploy.
 */
class OrganisationApiTest extends RestTestSupport {

  @Autowired OrganisationRepository organisations;

  @BeforeEach
  void people() {
    user("rest-wijkteam", "wijkteam");
  }

  /** A short name no other run (a reused database) has taken. */
  private static String fresh(String prefix) {
    return prefix + "-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  private static Map<String, Object> organisation(String slug, String name, String sector) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("slug", slug);
    body.put("name", name);
    body.put("sector", sector);
    return body;
  }

  private static Map<String, Object> newUser(String userId, String password) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", userId);
    body.put("firstName", "Fatima");
    body.put("lastName", "de Vries");
    body.put("email", userId + "@example.invalid");
    body.put("password", password);
    return body;
  }

  private ResponseEntity<String> register(String user, Map<String, Object> body) {
    return api(user, HttpMethod.POST, "/api/v1/organisations", body);
  }

  /** The one field a 400 names, and its message. */
  private JsonNode refusedField(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode errors = read(response).get("errors");
    assertThat(errors).as(response.getBody()).hasSize(1);
    return errors.get(0);
  }

  @Test
  void everyoneSignedInReadsTheOrganisations() throws Exception {
    for (String user : List.of("rest-coordinator", "rest-policy", "rest-manager", "rest-admin", "rest-wei", "rest-wijkteam")) {
      ResponseEntity<String> response = api(user, HttpMethod.GET, "/api/v1/organisations", null);
      assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
      JsonNode swos = null;
      for (JsonNode o : read(response)) {
        if ("swos".equals(o.path("slug").asText())) {
          swos = o;
        }
      }
      assertThat(swos).as("SWOS in the list for %s", user).isNotNull();
      assertThat(swos.path("name").asText()).isEqualTo("SWOS ouderenwelzijn");
      assertThat(swos.path("sector").asText()).isEqualTo("WELFARE");
      assertThat(swos.path("sectorLabel").asText()).isEqualTo("Welzijn");
    }
    assertThat(api(null, HttpMethod.GET, "/api/v1/organisations", null).getStatusCode().value()).isEqualTo(401);
    assertThat(api("rest-wei", HttpMethod.GET, "/api/v1/organisations/mee", null).getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> unknown = api("rest-wei", HttpMethod.GET, "/api/v1/organisations/bestaat-niet", null);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(read(unknown).path("detail").asText()).isEqualTo("Er is geen organisatie 'bestaat-niet'.");
  }

  @Test
  void theCoordinatorRegistersAnOrganisationWithItsGroup() throws Exception {
    String slug = fresh("bso-de-bolster");
    ResponseEntity<String> created = register("rest-coordinator", organisation(slug, "BSO De Bolster", "CHILDCARE"));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/organisations/" + slug);
    JsonNode body = read(created);
    assertThat(body.path("slug").asText()).isEqualTo(slug);
    assertThat(body.path("sectorLabel").asText()).isEqualTo("Kinderopvang");
    assertThat(read(api("rest-wei", HttpMethod.GET, "/api/v1/organisations/" + slug, null)).path("name").asText()).isEqualTo("BSO De Bolster");

    var group = identityService.createGroupQuery().groupId("org-" + slug).singleResult();
    assertThat(group).as("its group").isNotNull();
    assertThat(group.getName()).isEqualTo("BSO De Bolster");
    String stored = inTx(() -> {
      var o = organisations.findBySlug(slug).orElseThrow();
      return o.getRegisteredBy() + " " + (o.getRegisteredAt() != null) + " " + o.getMunicipality().getCode();
    });
    assertThat(stored).as("who registered it, when, for which municipality").isEqualTo("rest-coordinator true GM0342");
    // Every sector may be chosen, the new OTHER too.
    assertThat(register("rest-coordinator", organisation(fresh("buurthuis"), "Buurthuis", "OTHER")).getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void onlyTheCoordinatorRegisters() throws Exception {
    for (String user : List.of("rest-policy", "rest-manager", "rest-admin", "rest-wei", "rest-wijkteam")) {
      String slug = fresh("geweigerd");
      ResponseEntity<String> refused = register(user, organisation(slug, "Geweigerd", "SPORT"));
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(read(refused).path("detail").asText()).isEqualTo("Alleen de coördinator registreert organisaties.");
      assertThat(organisations.findBySlug(slug)).as(user).isEmpty();
      assertThat(identityService.createGroupQuery().groupId("org-" + slug).count()).isZero();
    }
    // Anonymous: refused before it is read (the CSRF check stops a POST without credentials: 403).
    assertThat(register(null, organisation(fresh("anoniem"), "Anoniem", "SPORT")).getStatusCode().value()).isIn(401, 403);
  }

  @Test
  void badInputIsRefusedAtItsField() throws Exception {
    String ok = fresh("goed");
    Object[][] cases = {
        {"slug", null, "Vul de korte naam (slug) in, bijvoorbeeld 'vv-sec'."},
        {"slug", "", "Vul de korte naam (slug) in, bijvoorbeeld 'vv-sec'."},
        {"slug", "VV SEC", "De korte naam (slug) bestaat uit kleine letters en cijfers, met een los streepje ertussen, zoals 'vv-sec'."},
        {"slug", "vv--sec", "De korte naam (slug) bestaat uit kleine letters en cijfers, met een los streepje ertussen, zoals 'vv-sec'."},
        {"slug", "-vv-sec", "De korte naam (slug) bestaat uit kleine letters en cijfers, met een los streepje ertussen, zoals 'vv-sec'."},
        {"slug", "a".repeat(61), "De korte naam (slug) is hoogstens 60 tekens lang."},
        {"name", null, "Vul de naam van de organisatie in."},
        {"name", "  ", "Vul de naam van de organisatie in."},
        {"name", "n".repeat(201), "De naam van de organisatie is hoogstens 200 tekens lang."},
        {"sector", null, "Kies de sector van de organisatie."},
        {"sector", "BAKERY", "Onbekende sector 'BAKERY'. Kies uit: GEMEENTE (Gemeente), WORK_AND_INCOME (Werk en inkomen), CARE (Zorg), "
            + "WELFARE (Welzijn), CHILDCARE (Kinderopvang), EDUCATION (Onderwijs), SPORT (Sport), CULTURE (Cultuur), OTHER (Overig)."}};
    for (Object[] c : cases) {
      Map<String, Object> body = organisation(ok, "Goede naam", "SPORT");
      body.put((String) c[0], c[1]);
      JsonNode error = refusedField(register("rest-coordinator", body));
      assertThat(error.path("field").asText()).as("%s = %s", c[0], c[1]).isEqualTo(c[0]);
      assertThat(error.path("message").asText()).as("%s = %s", c[0], c[1]).isEqualTo(c[2]);
    }
    assertThat(organisations.findBySlug(ok)).isEmpty();
    Map<String, Object> extra = organisation(ok, "Goede naam", "SPORT");
    extra.put("website", "https://example.invalid");
    ResponseEntity<String> unknownField = register("rest-coordinator", extra);
    assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
    assertThat(read(unknownField).path("detail").asText()).isEqualTo("Onbekend veld 'website'; controleer het verzoek.");
  }

  @Test
  void aShortNameIsTakenOnce() throws Exception {
    ResponseEntity<String> twice = register("rest-coordinator", organisation("swos", "Nog een SWOS", "WELFARE"));
    assertThat(twice.getStatusCode().value()).as(twice.getBody()).isEqualTo(409);
    JsonNode problem = read(twice);
    assertThat(problem.path("title").asText()).isEqualTo("Bestaat al");
    assertThat(problem.path("detail").asText()).isEqualTo("Er is al een organisatie met de korte naam 'swos'. Kies een andere korte naam.");
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("slug");
    assertThat(inTx(() -> organisations.findBySlug("swos").orElseThrow().getName())).isEqualTo("SWOS ouderenwelzijn");
  }

  @Test
  void aNewOrganisationLeadsAndJoinsAPlanAtOnce() throws Exception {
    int year = freshYear();
    openRound(year, 5);
    String lead = fresh("sportclub-eemland");
    String joins = fresh("huisartsen-soest");
    assertThat(register("rest-coordinator", organisation(lead, "Sportclub Eemland", "SPORT")).getStatusCode().value()).isEqualTo(201);
    assertThat(register("rest-coordinator", organisation(joins, "Huisartsen Soest", "CARE")).getStatusCode().value()).isEqualTo(201);

    // Its first user, made by the coordinator, submits the organisation's own plan with the other as speler.
    String userId = fresh("medewerker");
    ResponseEntity<String> made = api("rest-coordinator", HttpMethod.POST, "/api/v1/organisations/" + lead + "/users",
        newUser(userId, "een-eerste-wachtwoord"));
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(201);
    assertThat(made.getHeaders().getLocation()).hasToString("/api/v1/organisations/" + lead + "/users/" + userId);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("roundYear", year);
    plan.put("title", "Sportclub in de wijk");
    plan.put("aanvoerder", lead);
    plan.put("goals", "Meer jeugd aan het sporten");
    plan.put("targetGroups", List.of("youth"));
    plan.put("settings", List.of("sportsClub"));
    plan.put("requestedFte", 0.5);
    plan.put("profileType", "buurtsportcoach");
    plan.put("aanvoerderContributionEuro", 10000);
    plan.put("contributions", List.of(Map.of("organization", joins, "kind", "money", "amountEuro", 2000)));
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(userId, "een-eerste-wachtwoord");
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> submitted = http.exchange("/api/v1/plans", HttpMethod.POST, new HttpEntity<>(plan, headers), String.class);
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
    String reference = read(submitted).path("reference").asText();
    var stored = inTx(() -> {
      var p = plans.findByReference(reference).orElseThrow();
      return p.getAanvoerder().getSlug() + " " + p.getContributions().get(0).getOrganisation().getSlug();
    });
    assertThat(stored).isEqualTo(lead + " " + joins);
    // The speler's confirmation is offered to its group, which the registration made.
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("confirmContribution")
        .taskCandidateGroup("org-" + joins).count()).isEqualTo(1);
    // An organisation that was never registered is still refused, in Dutch.
    plan.put("contributions", List.of(Map.of("organization", "nooit-geregistreerd", "kind", "money", "amountEuro", 2000)));
    ResponseEntity<String> unknown = http.exchange("/api/v1/plans", HttpMethod.POST, new HttpEntity<>(plan, headers), String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(read(unknown).path("detail").asText()).contains("Onbekende organisatie 'nooit-geregistreerd'");
  }

  @Test
  void theCoordinatorAddsUsersToAnOrganisation() throws Exception {
    String slug = fresh("zwemvereniging");
    register("rest-coordinator", organisation(slug, "Zwemvereniging De Eem", "SPORT"));
    String userId = fresh("j-jansen");
    ResponseEntity<String> made = api("rest-coordinator", HttpMethod.POST, "/api/v1/organisations/" + slug + "/users",
        newUser(userId, "welkom-bij-coachplan"));
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(201);
    assertThat(made.getBody()).doesNotContain("welkom-bij-coachplan");
    assertThat(identityService.createUserQuery().userId(userId).memberOfGroup("org-" + slug).count()).isEqualTo(1);
    assertThat(identityService.checkPassword(userId, "welkom-bij-coachplan")).isTrue();

    // The user works in the portal as its organisation; the engine stays closed to it.
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(userId, "welkom-bij-coachplan");
    assertThat(http.exchange("/api/v1/tasks", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value())
        .isEqualTo(403);

    // Staff read the users; organisations do not.
    for (String staff : List.of("rest-coordinator", "rest-policy", "rest-manager", "rest-admin")) {
      ResponseEntity<String> users = api(staff, HttpMethod.GET, "/api/v1/organisations/" + slug + "/users", null);
      assertThat(users.getStatusCode().value()).as(staff).isEqualTo(200);
      assertThat(read(users).get(0).path("userId").asText()).isEqualTo(userId);
      assertThat(read(users).get(0).has("password")).isFalse();
    }
    assertThat(api("rest-coordinator", HttpMethod.GET, "/api/v1/organisations/" + slug + "/users/" + userId, null)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(api("rest-wei", HttpMethod.GET, "/api/v1/organisations/" + slug + "/users", null).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void addingAUserIsRefusedWithAReason() throws Exception {
    String slug = fresh("tennisclub");
    register("rest-coordinator", organisation(slug, "Tennisclub", "SPORT"));
    String path = "/api/v1/organisations/" + slug + "/users";

    for (String user : List.of("rest-policy", "rest-manager", "rest-admin", "rest-wei", "rest-wijkteam")) {
      String userId = fresh("niet");
      ResponseEntity<String> refused = api(user, HttpMethod.POST, path, newUser(userId, "een-lang-wachtwoord"));
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(read(refused).path("detail").asText()).isEqualTo("Alleen de coördinator voegt gebruikers van organisaties toe.");
      assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    }

    ResponseEntity<String> unknownOrganisation = api("rest-coordinator", HttpMethod.POST, "/api/v1/organisations/bestaat-niet/users",
        newUser(fresh("wie"), "een-lang-wachtwoord"));
    assertThat(unknownOrganisation.getStatusCode().value()).isEqualTo(404);

    String id = fresh("piet");
    Object[][] cases = {
        {"userId", null, "Vul de gebruikersnaam in."},
        {"userId", "Piet Jansen", "De gebruikersnaam bestaat uit kleine letters en cijfers, met een los streepje ertussen, zoals 'j-jansen'."},
        {"userId", "coordinator", "'coordinator' is de naam van een groep (een rol of een organisatie). Kies een andere gebruikersnaam."},
        {"userId", "camunda-admin", "'camunda-admin' is de naam van een groep (een rol of een organisatie). Kies een andere gebruikersnaam."},
        {"userId", "wijkteam", "'wijkteam' is de naam van een groep (een rol of een organisatie). Kies een andere gebruikersnaam."},
        {"userId", "org-swos", "'org-swos' is de naam van een groep (een rol of een organisatie). Kies een andere gebruikersnaam."},
        {"firstName", "", "Vul de voornaam in."},
        {"lastName", null, "Vul de achternaam in."},
        {"email", "geen-adres", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."},
        {"email", null, "Vul het e-mailadres in."},
        {"password", "kort", "Het wachtwoord is 12 tot 128 tekens lang."},
        {"password", id, "Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam."}};
    for (Object[] c : cases) {
      Map<String, Object> body = newUser(id, "een-lang-wachtwoord");
      body.put((String) c[0], c[1]);
      if ("password".equals(c[0]) && id.equals(c[1])) {
        body.put("userId", "a-" + id);
        body.put("password", "a-" + id);
      }
      JsonNode error = refusedField(api("rest-coordinator", HttpMethod.POST, path, body));
      assertThat(error.path("field").asText()).as("%s = %s", c[0], c[1]).isEqualTo(c[0]);
      assertThat(error.path("message").asText()).as("%s = %s", c[0], c[1]).isEqualTo(c[2]);
    }
    assertThat(identityService.createUserQuery().memberOfGroup("org-" + slug).count()).isZero();

    // An id that is taken, by staff or by another organisation's user.
    for (String taken : List.of("rest-coordinator", "rest-wei")) {
      ResponseEntity<String> twice = api("rest-coordinator", HttpMethod.POST, path, newUser(taken, "een-lang-wachtwoord"));
      assertThat(twice.getStatusCode().value()).as(taken).isEqualTo(409);
      assertThat(read(twice).path("detail").asText()).isEqualTo("Er is al een gebruiker '" + taken + "'. Kies een andere gebruikersnaam.");
      assertThat(identityService.createUserQuery().userId(taken).memberOfGroup("org-" + slug).count()).isZero();
    }
  }
}
