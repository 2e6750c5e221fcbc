package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.coachplan.ProcessTestSupport;
import nl.coachplan.organisation.OrganisationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The page {@code /organisaties} through Spring MVC and Thymeleaf (sign-in and CSRF are the security
 * filters', tested in the browser): staff read it, the coordinator registers organisations and users
 * on it, each refusal at its field.
 */
@AutoConfigureMockMvc(addFilters = false)
class OrganisationsPageTest extends ProcessTestSupport {

  private static final Viewer COORDINATOR = new Viewer("page-coordinator", List.of("coordinator"));
  private static final Viewer POLICY = new Viewer("page-policy", List.of("policy-officer"));
  private static final Viewer MANAGER = new Viewer("page-manager", List.of("manager"));
  private static final Viewer WEI = new Viewer("page-wei", List.of("org-werk-en-inkomen"));

  @Autowired MockMvc mvc;
  @Autowired OrganisationRepository organisations;

  private MvcResult perform(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
    return mvc.perform(request.requestAttr(Viewer.ATTRIBUTE, viewer)).andReturn();
  }

  private String page(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
    MvcResult result = perform(request, viewer);
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    return result.getResponse().getContentAsString();
  }

  private static String fresh(String prefix) {
    return prefix + "-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  @Test
  void staffReadTheOrganisationsAndOnlyTheCoordinatorEdits() throws Exception {
    String coordinator = page(get("/organisaties"), COORDINATOR);
    assertThat(coordinator).contains("<h1>Coachplan · organisaties</h1>").contains("SWOS ouderenwelzijn").contains("org-swos")
        .contains("Welzijn").contains("id=\"organisatie-registreren\"").contains("id=\"gebruiker-toevoegen-knop\"")
        .contains("href=\"/dashboard\"");
    for (Viewer reader : List.of(POLICY, MANAGER)) {
      String read = page(get("/organisaties"), reader);
      assertThat(read).contains("SWOS ouderenwelzijn").contains("id=\"alleen-lezen\"").doesNotContain("<form method=\"post\" action=\"/organisaties\"");
    }
    MvcResult organisation = perform(get("/organisaties"), WEI);
    assertThat(organisation.getResponse().getStatus()).isEqualTo(403);
    assertThat(organisation.getResponse().getContentAsString()).contains("Alleen medewerkers van de gemeente");
    // The dashboard links to it for staff.
    assertThat(page(get("/dashboard"), MANAGER)).contains("href=\"/organisaties\"");
  }

  @Test
  void theCoordinatorRegistersAnOrganisationAndSeesEachRefusalAtItsField() throws Exception {
    String slug = fresh("judo-soest");
    MvcResult registered = perform(post("/organisaties").param("slug", slug).param("name", "Judoschool Soest").param("sector", "SPORT"),
        COORDINATOR);
    assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/organisaties");
    assertThat(registered.getFlashMap().get("confirmation")).asString().contains("Judoschool Soest").contains("org-" + slug);
    assertThat(organisations.findBySlug(slug)).isPresent();
    assertThat(identityService.createGroupQuery().groupId("org-" + slug).count()).isEqualTo(1);
    assertThat(page(get("/organisaties"), POLICY)).contains("id=\"organisatie-" + slug + "\"").contains("Judoschool Soest");

    String refused = page(post("/organisaties").param("slug", "Judo Soest").param("name", "").param("sector", "SPORT"), COORDINATOR);
    assertThat(refused).contains("id=\"fouten-organisatie\"").contains("href=\"#veld-slug\"")
        .contains("id=\"veld-slug-fout\"").contains("De korte naam (slug) bestaat uit kleine letters en cijfers")
        .contains("id=\"veld-name-fout\"").contains("Vul de naam van de organisatie in.")
        .contains("value=\"Judo Soest\"").contains("aria-invalid=\"true\"").doesNotContain("id=\"veld-sector-fout\"");
    String noSector = page(post("/organisaties").param("slug", fresh("ok")).param("name", "Goed").param("sector", ""), COORDINATOR);
    assertThat(noSector).contains("id=\"veld-sector-fout\"").contains("Kies de sector van de organisatie.");
    String taken = page(post("/organisaties").param("slug", "swos").param("name", "Nog een SWOS").param("sector", "WELFARE"), COORDINATOR);
    assertThat(taken).contains("id=\"veld-slug-fout\"").contains("Er is al een organisatie met de korte naam &#39;swos&#39;.")
        .contains("value=\"Nog een SWOS\"");

    MvcResult notCoordinator = perform(post("/organisaties").param("slug", fresh("nee")).param("name", "Nee").param("sector", "SPORT"), POLICY);
    assertThat(notCoordinator.getResponse().getStatus()).isEqualTo(403);
    assertThat(notCoordinator.getResponse().getContentAsString()).contains("Alleen de coördinator registreert organisaties.");
  }

  @Test
  void theCoordinatorAddsAUserOfAnOrganisation() throws Exception {
    String userId = fresh("m-bakker");
    MvcResult added = perform(post("/organisaties/gebruikers").param("organisation", "mee").param("userId", userId)
        .param("firstName", "Mila").param("lastName", "Bakker").param("email", "mila@example.invalid")
        .param("password", "eerste-wachtwoord-mee"), COORDINATOR);
    assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/organisaties");
    assertThat(added.getFlashMap().get("confirmation")).asString().contains(userId).contains("MEE");
    assertThat(identityService.createUserQuery().userId(userId).memberOfGroup("org-mee").count()).isEqualTo(1);
    assertThat(page(get("/organisaties"), COORDINATOR)).contains(">" + userId + "<");

    String refused = page(post("/organisaties/gebruikers").param("organisation", "mee").param("userId", "coordinator")
        .param("firstName", "Mila").param("lastName", "").param("email", "mila@example.invalid").param("password", "geheim-maar-kort"),
        COORDINATOR);
    assertThat(refused).contains("id=\"fouten-gebruiker\"").contains("id=\"veld-gebruiker-userId-fout\"")
        .contains("is de naam van een groep").contains("id=\"veld-gebruiker-lastName-fout\"").contains("Vul de achternaam in.")
        .contains("value=\"Mila\"").doesNotContain("geheim-maar-kort");
    String noOrganisation = page(post("/organisaties/gebruikers").param("organisation", "").param("userId", fresh("x")), COORDINATOR);
    assertThat(noOrganisation).contains("id=\"veld-gebruiker-organisation-fout\"").contains("Kies de organisatie.");
    String taken = page(post("/organisaties/gebruikers").param("organisation", "mee").param("userId", userId).param("firstName", "A")
        .param("lastName", "B").param("email", "a@example.invalid").param("password", "nog-een-wachtwoord"), COORDINATOR);
    assertThat(taken).contains("id=\"veld-gebruiker-userId-fout\"").contains("Er is al een gebruiker &#39;" + userId + "&#39;.");

    MvcResult notCoordinator = perform(post("/organisaties/gebruikers").param("organisation", "mee").param("userId", fresh("y"))
        .param("firstName", "A").param("lastName", "B").param("email", "a@example.invalid").param("password", "nog-een-wachtwoord"), MANAGER);
    assertThat(notCoordinator.getResponse().getStatus()).isEqualTo(403);
  }
}
