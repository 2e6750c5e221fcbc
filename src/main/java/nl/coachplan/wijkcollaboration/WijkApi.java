package nl.coachplan.wijkcollaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.coachplan.dashboard.Table;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.validation.Forbidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The wijken of the municipality, their yearly look back, and what happens in each as figures. */
@RestController
@RequestMapping("/api/v1/wijken")
@Tag(name = "Wijken", description = "De wijken (CBS-wijkcodes), de jaarlijkse terugblik op de samenwerking en de cijfers per wijk")
public class WijkApi {

  private final Wijken wijken;
  private final WijkCollaborations collaborations;
  private final WijkEvaluationRepository evaluations;
  private final WijkFigures figures;
  private final AccessPolicy policy;

  public WijkApi(Wijken wijken, WijkCollaborations collaborations, WijkEvaluationRepository evaluations, WijkFigures figures,
      AccessPolicy policy) {
    this.wijken = wijken;
    this.collaborations = collaborations;
    this.evaluations = evaluations;
    this.figures = figures;
    this.policy = policy;
  }

  public record WijkView(String code, String name) {
    static WijkView of(Wijk w) {
      return new WijkView(w.getCode(), w.getName());
    }
  }

  public record EvaluationView(int year, LocalDate heldOn, boolean wijkteamPresent, List<String> providersPresent, String wentWell,
      String toImprove, String agreements, Instant recordedAt) {}

  public record WijkDetail(String code, String name, List<EvaluationView> evaluations) {}

  @GetMapping
  @Operation(summary = "De wijken van de gemeente, op code")
  public List<WijkView> wijken() {
    return wijken.all().stream().map(WijkView::of).toList();
  }

  @PostMapping
  @Operation(summary = "Een wijk inrichten (coördinator): code (CBS-wijkcode, bijvoorbeeld WK034201) en naam; "
      + "de jaarlijkse terugblik op de samenwerking in de wijk staat dan klaar")
  public ResponseEntity<WijkView> create(@RequestBody WijkForms.NewWijk wijk, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    Wijk created = collaborations.create(viewer, wijk);
    return ResponseEntity.created(URI.create("/api/v1/wijken/" + created.getCode())).body(WijkView.of(created));
  }

  @GetMapping("/{code}")
  @Operation(summary = "Eén wijk, met de terugblikken op de samenwerking")
  public WijkDetail wijk(@PathVariable String code) {
    Wijk wijk = wijken.one(code);
    return new WijkDetail(wijk.getCode(), wijk.getName(), evaluations.findOfWijk(wijk.getCode()).stream()
        .map(e -> new EvaluationView(e.getYear(), e.getHeldOn(), e.isWijkteamPresent(), e.getProviders(), e.getWentWell(),
            e.getToImprove(), e.getAgreements(), e.getRecordedAt())).toList());
  }

  @GetMapping("/{code}/figures")
  @Operation(summary = "De cijfers van een wijk: activiteiten in het aanbod, verwijzingen, gestart, teruggekoppeld, per bron; "
      + "de plannen in de wijk en hun coaches; per beleidsdoel de plannen die het beogen en de jaarverslagen met een resultaat erop; "
      + "met year alleen de verwijzingen, coaches en jaarverslagen van dat jaar")
  public WijkFigures.Figures figures(@PathVariable String code, @RequestParam(required = false) Integer year,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    mayRead(policy, viewer);
    return figures.of(wijken.one(code).getCode(), checked(year));
  }

  @GetMapping("/{code}/figures.csv")
  @Operation(summary = "De cijfers van een wijk per bron en per beleidsdoel (CSV, voor Excel)")
  public ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) Integer year,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    mayRead(policy, viewer);
    Table table = table(figures.of(wijken.one(code).getCode(), checked(year)), year);
    return table.csvDownload("wijk-" + table.sheetName());
  }

  @GetMapping("/{code}/figures.xlsx")
  @Operation(summary = "De cijfers van een wijk per bron en per beleidsdoel (Excel)")
  public ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) Integer year,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    mayRead(policy, viewer);
    Table table = table(figures.of(wijken.one(code).getCode(), checked(year)), year);
    return table.xlsxDownload("wijk-" + table.sheetName());
  }

  /** The figures of a wijk and of the policy goals are read by those {@link AccessPolicy#seesFigures} names. */
  static void mayRead(AccessPolicy policy, Viewer viewer) {
    if (!policy.seesFigures(viewer)) {
      throw new Forbidden("De cijfers zijn voor de medewerkers van de gemeente, de organisaties en het wijkteam.");
    }
  }

  static Integer checked(Integer year) {
    if (year != null && (year < 2000 || year > 2199)) {
      throw nl.coachplan.validation.InvalidFormDataException.of("year", "Het jaar ligt tussen 2000 en 2199.");
    }
    return year;
  }

  /** One sheet: the referrals by source and their total with the plans and coaches, then a row per policy goal. */
  static Table table(WijkFigures.Figures f, Integer year) {
    List<List<Object>> rows = new ArrayList<>();
    for (WijkFigures.BySource s : f.bySource()) {
      rows.add(Arrays.asList(f.wijk(), f.name(), "Verwezen door", s.label(), s.referrals(), s.started(), s.feedbackGiven(),
          null, null, null, null, null));
    }
    rows.add(Arrays.asList(f.wijk(), f.name(), "Totaal", "Totaal", f.referrals(), f.started(), f.feedbackGiven(), f.plans(),
        f.coaches(), null, null, null));
    for (PolicyGoals.Goal g : f.outcomes()) {
      rows.add(Arrays.asList(f.wijk(), f.name(), "Beleidsdoel", g.label(), null, null, null, g.plansAiming(), null,
          g.reportedResults(), g.stories(), g.resultNumberSum()));
    }
    return new Table(f.wijk() + (year == null ? "" : "-" + year),
        List.of("Wijkcode", "Wijk", "Onderdeel", "Verwezen door of beleidsdoel", "Verwijzingen", "Gestart", "Teruggekoppeld",
            "Plannen", "Coaches", "Verslagen met resultaat", "Verhalen", "Som van de aantallen"), rows);
  }

}
