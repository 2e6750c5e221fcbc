package nl.coachplan.dashboard;

import nl.coachplan.web.StaffPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.coachplan.coachhiring.StandingAllocation;
import nl.coachplan.engine.Markdown;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.PlanStage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' page: a round at a glance and every plan's road to structural funding. */
@Controller
@StaffPage
public class DashboardPage {

  private final Dashboards dashboards;
  private final Organisations organisations;
  private final Formats formats;
  private final nl.coachplan.identity.People people;
  private final StandingAllocation allocation;

  public DashboardPage(Dashboards dashboards, Organisations organisations, Formats formats, nl.coachplan.identity.People people,
      StandingAllocation allocation) {
    this.allocation = allocation;
    this.people = people;
    this.dashboards = dashboards;
    this.organisations = organisations;
    this.formats = formats;
  }

  @GetMapping("/dashboard")
  public String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String aanvoerder, @RequestParam(defaultValue = "0") int page,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    List<Integer> years = dashboards.years();
    Integer shown = year != null ? year : years.stream().findFirst().orElse(null);
    model.addAttribute("viewer", viewer);
    model.addAttribute("viewerName", people.name(viewer.userId()));
    model.addAttribute("years", years);
    model.addAttribute("year", shown);
    model.addAttribute("stages", Arrays.stream(PlanStage.values()).toList());
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("stage", stage == null ? "" : stage);
    model.addAttribute("aanvoerder", aanvoerder == null ? "" : aanvoerder);
    if (shown == null) {
      return "dashboard";
    }
    DashboardQueries.Filter filter = Dashboards.filter(stage, aanvoerder);
    if (!viewer.seesMunicipality()) {
      model.addAttribute("plans", dashboards.plans(shown, filter, viewer, 0, 200).getContent());
      return "dashboard";
    }
    int current = Math.max(page, 0);
    RoundDashboard board = dashboards.dashboard(shown, filter, viewer, current, Dashboards.PAGE_SIZE);
    int pages = (int) Math.max(1, (board.planCount() + Dashboards.PAGE_SIZE - 1) / Dashboards.PAGE_SIZE);
    if (current >= pages) {
      current = pages - 1;
      board = dashboards.dashboard(shown, filter, viewer, current, Dashboards.PAGE_SIZE);
    }
    model.addAttribute("board", board);
    model.addAttribute("plans", board.plans());
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("firstShown", current * Dashboards.PAGE_SIZE + 1);
    model.addAttribute("lastShown", current * Dashboards.PAGE_SIZE + board.plans().size());
    // The standing allocation around the round shown: a few years back, and the next one.
    int oldestRound = years.get(years.size() - 1);
    model.addAttribute("allocation", allocation.years(Math.max(oldestRound, shown - 4), shown + 1));
    // The headline counts every coach at work in the round's year, whichever round hired them: a round's
    // own coaches alone left this year's round nearly empty while last year's coaches work on.
    StandingAllocation.Year yearFte = allocation.year(shown);
    model.addAttribute("yearFte", yearFte);
    model.addAttribute("fteChart", Svg.bars("Fte van de ronde", List.of(
        new Svg.Bar("Toegekend door het Rijk", board.grantedFte().doubleValue(), Markdown.number(board.grantedFte()) + " fte", "#9bb7c9"),
        new Svg.Bar("Goedgekeurd in deze ronde", board.approvedFte().doubleValue(), Markdown.number(board.approvedFte()) + " fte", "#4f8fb0"),
        new Svg.Bar("Ingevuld in " + shown + " (alle coaches)", yearFte.filledFte().doubleValue(),
            Markdown.number(yearFte.filledFte()) + " fte", "#1f6f8b"))));
    List<Svg.Bar> funnel = new ArrayList<>();
    for (PlanStage s : PlanStage.values()) {
      long count = board.plansByStage().getOrDefault(s.name(), 0L);
      funnel.add(new Svg.Bar(s.label(), count, String.valueOf(count), s.releasesFte() ? "#c9a99b" : "#4f8fb0"));
    }
    model.addAttribute("funnelChart", Svg.bars("Plannen per fase", funnel));
    RoundDashboard.Funding f = board.funding();
    model.addAttribute("fundingChart", Svg.stacked("Financieringsmix", List.of(
        new Svg.Bar("Rijk", f.rijkEuro().doubleValue(), formats.euro(f.rijkEuro()), "#1f6f8b"),
        new Svg.Bar("Aanvoerders", f.aanvoerdersEuro().doubleValue(), formats.euro(f.aanvoerdersEuro()), "#4f8fb0"),
        new Svg.Bar("Spelers", f.spelersEuro().doubleValue(), formats.euro(f.spelersEuro()), "#9bb7c9"),
        new Svg.Bar("Gemeente", f.gemeenteEuro().doubleValue(), formats.euro(f.gemeenteEuro()), "#6b8e23"),
        new Svg.Bar("In natura", f.inKindEuro().doubleValue(), formats.euro(f.inKindEuro()) + ", " + f.inKindHoursPerYear() + " uur", "#c9a99b"))));
    return "dashboard";
  }
}
