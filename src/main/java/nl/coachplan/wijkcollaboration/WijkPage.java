package nl.coachplan.wijkcollaboration;

import java.util.List;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.engine.Markdown;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.planintake.Codes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of each wijk's sport- en beweegaanbod, for GPs and residents: no sign-in, read only,
 * printable. Only activities with all five criteria agreed; nothing of referrals or people.
 */
@Controller
public class WijkPage {

  private final Wijken wijken;
  private final Activities activities;

  public WijkPage(Wijken wijken, Activities activities) {
    this.wijken = wijken;
    this.activities = activities;
  }

  public record Line(String title, String provider, String description, String targetGroups, String schedule, String place,
      String cost) {

    static Line of(Activity a) {
      return new Line(a.getTitle(), a.getProvider().getName(), a.getDescription(), Codes.labels(Codes.TARGET_GROUPS, a.getTargetGroups()),
          a.getSchedule(), a.getPlace(), a.getCostPerMonthEuro().signum() == 0 ? "gratis" : Markdown.euro(a.getCostPerMonthEuro()) + " per maand");
    }
  }

  @GetMapping("/wijken")
  public String wijken(Model model) {
    model.addAttribute("wijken", wijken.all());
    return "wijken";
  }

  @GetMapping("/wijken/{code}")
  public String wijk(@PathVariable String code, Model model) {
    Wijk wijk = wijken.one(code);
    List<Line> lines = activities.listedInWijk(wijk.getCode()).stream().map(Line::of).toList();
    model.addAttribute("wijk", wijk);
    model.addAttribute("activities", lines);
    return "wijk";
  }
}
