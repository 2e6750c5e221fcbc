package nl.coachplan.wijkcollaboration;

import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.People;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.NotFound;
import nl.coachplan.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's view of the wijken: each wijk's key figures, and one wijk by source and by policy goal. */
@Controller
@StaffPage
public class WijkDashboardPage {

  private final WijkFigures figures;
  private final Wijken wijken;
  private final AccessPolicy policy;
  private final People people;

  public WijkDashboardPage(WijkFigures figures, Wijken wijken, AccessPolicy policy, People people) {
    this.figures = figures;
    this.wijken = wijken;
    this.policy = policy;
    this.people = people;
  }

  @GetMapping("/dashboard/wijken")
  public String wijken(@RequestParam(required = false) Integer year, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    shown(viewer, year, model);
    model.addAttribute("wijken", figures.everyWijk(year));
    return "dashboard-wijken";
  }

  @GetMapping("/dashboard/wijken/{code}")
  public String wijk(@PathVariable String code, @RequestParam(required = false) Integer year,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    shown(viewer, year, model);
    model.addAttribute("figures", figures.of(wijken.one(code).getCode(), year));
    return "dashboard-wijk";
  }

  private void shown(Viewer viewer, Integer year, Model model) {
    if (!policy.seesMunicipality(viewer)) {
      throw new Forbidden("De cijfers per wijk zijn voor de medewerkers van de gemeente.");
    }
    if (year != null && (year < 2000 || year > 2199)) {
      throw new NotFound("Er zijn geen cijfers van " + year + ": het jaar ligt tussen 2000 en 2199.");
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("viewerName", people.name(viewer.userId()));
    model.addAttribute("year", year);
  }
}
