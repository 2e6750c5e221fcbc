package nl.coachplan.portal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.wijkcollaboration.WijkEvaluation;
import nl.coachplan.wijkcollaboration.WijkEvaluationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The yearly look back on working together in each wijk (seed 003 e), for the wijkteam and the
 * providers who took part: what went well, what can be better, what was agreed. Recorded by the
 * coordinator in the Tasklist; read here.
 */
@Controller
public class WijkPages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

  private final Wijken wijken;
  private final WijkEvaluationRepository evaluations;
  private final Organisations organisations;

  public WijkPages(Wijken wijken, WijkEvaluationRepository evaluations, Organisations organisations) {
    this.wijken = wijken;
    this.evaluations = evaluations;
    this.organisations = organisations;
  }

  public record LookBack(int year, String heldOn, boolean wijkteamPresent, String providers, String wentWell, String toImprove,
      String agreements) {}

  @GetMapping("/portaal/wijken")
  public String wijken(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    model.addAttribute("viewer", viewer);
    model.addAttribute("wijken", wijken.all());
    return "portal/wijken";
  }

  @GetMapping("/portaal/wijken/{code}")
  @Transactional(readOnly = true)
  public String wijk(@PathVariable String code, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Wijk wijk = wijken.one(code);
    Map<String, String> names = organisations.all().stream().collect(Collectors.toMap(Organisation::getSlug, Organisation::getName));
    List<LookBack> lookBacks = evaluations.findOfWijk(wijk.getCode()).stream().map(e -> lookBack(e, names::get)).toList();
    model.addAttribute("viewer", viewer);
    model.addAttribute("wijk", wijk);
    model.addAttribute("lookBacks", lookBacks);
    return "portal/wijk";
  }

  private static LookBack lookBack(WijkEvaluation e, Function<String, String> name) {
    return new LookBack(e.getYear(), DAY.format(e.getHeldOn()), e.isWijkteamPresent(),
        e.getProviders().stream().map(slug -> name.apply(slug) == null ? slug : name.apply(slug)).collect(Collectors.joining(", ")),
        e.getWentWell(), e.getToImprove(), e.getAgreements());
  }
}
