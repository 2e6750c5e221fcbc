package nl.coachplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import nl.coachplan.WijkTestSupport;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.organisation.Wijk;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Issue "the wijk", 3: the staff's pages of the wijken; organisations are refused. */
class WijkDashboardTest extends WijkTestSupport {

  @Test
  void aManagerSeesEachWijksFiguresAndAnOrganisationIsRefused() {
    Wijk wijk = freshWijk();
    Activity walking = listed(wijk);
    referred(walking, "huisarts");

    ResponseEntity<String> list = api("rest-manager", HttpMethod.GET, "/dashboard/wijken", null);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    assertThat(list.getBody()).contains(wijk.getName() + " (" + wijk.getCode() + ")", "/dashboard/wijken/" + wijk.getCode(),
        "Verwijzingen", "Coaches");
    assertThat(api("rest-manager", HttpMethod.GET, "/dashboard", null).getBody()).contains("/dashboard/wijken");

    ResponseEntity<String> one = api("rest-manager", HttpMethod.GET, "/dashboard/wijken/" + wijk.getCode(), null);
    assertThat(one.getStatusCode().value()).isEqualTo(200);
    assertThat(one.getBody()).contains("Verwijzingen per bron", "Huisarts", "Per beleidsdoel", "Meedoen", "Sociaal netwerk",
        "/api/v1/wijken/" + wijk.getCode() + "/figures.xlsx");

    for (String path : new String[] {"/dashboard/wijken", "/dashboard/wijken/" + wijk.getCode()}) {
      ResponseEntity<String> refused = api("rest-swos", HttpMethod.GET, path, null);
      assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(refused.getBody()).as(path).contains("voor de medewerkers van de gemeente").doesNotContain("Huisarts");
    }
    assertThat(api("rest-manager", HttpMethod.GET, "/dashboard/wijken/WK034299", null).getStatusCode().value()).isEqualTo(404);
  }
}
