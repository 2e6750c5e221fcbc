package nl.coachplan.wijkcollaboration;

import static org.assertj.core.api.Assertions.assertThat;

import nl.coachplan.WijkTestSupport;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.organisation.Wijk;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The public page of a wijk's aanbod: no sign-in, only agreed activities, nothing of referrals. */
class WijkPageTest extends WijkTestSupport {

  @Test
  void residentsAndGpsSeeTheAgreedAanbodOfTheirWijkWithoutSigningIn() {
    Wijk wijk = freshWijk();
    Activity agreed = listed(wijk);
    referred(agreed, "huisarts");
    activities.register(viewer("rest-mee", "org-mee"), new nl.coachplan.activitylisting.ActivityForms.ActivityForm(null,
        "Nog niet afgestemd", null, wijk.getCode(), null, java.util.List.of("youth"), "vrijdag", "Sporthal", java.math.BigDecimal.ONE,
        new nl.coachplan.activitylisting.ActivityForms.Criteria(true, true, true, true, true)));

    ResponseEntity<String> page = browser().getForEntity("/wijken/" + wijk.getCode(), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isNotBlank();
    assertThat(page.getBody()).contains("Sport en bewegen in " + wijk.getName(), "Wandelgroep in de wijk", "gratis", "Ouderen")
        .doesNotContain("Nog niet afgestemd", "Zoekt iets in de ochtend", "huisarts\"");

    ResponseEntity<String> index = browser().getForEntity("/wijken", String.class);
    assertThat(index.getStatusCode().value()).isEqualTo(200);
    assertThat(index.getBody()).contains("/wijken/" + wijk.getCode());

    ResponseEntity<String> unknown = browser().getForEntity("/wijken/WK034299", String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).contains("Deze pagina bestaat niet").doesNotContain("Exception");
  }
}
