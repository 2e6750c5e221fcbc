package nl.coachplan.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A round: at a glance, and its exports. */
@RestController
@RequestMapping("/api/v1/rounds/{year}")
@Tag(name = "Rondes", description = "Het overzicht van een ronde en de exports")
@Validated
public class RoundApi {


  private final Dashboards dashboards;
  private final Exports exports;

  public RoundApi(Dashboards dashboards, Exports exports) {
    this.dashboards = dashboards;
    this.exports = exports;
  }

  @GetMapping("/dashboard")
  @Operation(summary = "Een ronde in één oogopslag: fte, fasen, financiering, aflopende contracten, achterstallige taken en een pagina plannen")
  public RoundDashboard dashboard(@PathVariable int year,
      @Parameter(description = "Alleen plannen in deze fase, bv. ACTIVE") @RequestParam(required = false) String stage,
      @Parameter(description = "Alleen plannen van deze aanvoerder (korte naam)") @RequestParam(required = false) String aanvoerder,
      @Parameter(description = "Pagina van de plannen, vanaf 0") @RequestParam(defaultValue = "0")
      @Min(value = 0, message = "De pagina is 0 of hoger.") int page,
      @Parameter(description = "Plannen per pagina") @RequestParam(defaultValue = "" + Dashboards.PAGE_SIZE)
      @Min(value = 1, message = "Een pagina heeft minstens 1 plan.")
      @Max(value = 200, message = "Een pagina heeft hoogstens 200 plannen.") int size,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return dashboards.dashboard(year, Dashboards.filter(stage, aanvoerder), viewer, page, size);
  }

  @GetMapping("/plans.csv")
  @Operation(summary = "De plannen van een ronde met financiering en fte (CSV, voor Excel)")
  public ResponseEntity<byte[]> plansCsv(@PathVariable int year, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return exports.plans(year, viewer).csvDownload("plannen-" + year);
  }

  @GetMapping("/plans.xlsx")
  @Operation(summary = "De plannen van een ronde met financiering en fte (Excel)")
  public ResponseEntity<byte[]> plansXlsx(@PathVariable int year, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return exports.plans(year, viewer).xlsxDownload("plannen-" + year);
  }

  @GetMapping("/monitor.csv")
  @Operation(summary = "De cijfers voor de landelijke monitor over één kalenderjaar (CSV)")
  public ResponseEntity<byte[]> monitorCsv(@PathVariable int year, @RequestParam(required = false) Integer calendarYear,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    int calendar = calendarYear == null ? ProcessValues.today().getYear() : calendarYear;
    return exports.monitor(year, calendar, viewer).csvDownload("monitor-" + year + "-" + calendar);
  }

  @GetMapping("/monitor.xlsx")
  @Operation(summary = "De cijfers voor de landelijke monitor over één kalenderjaar (Excel)")
  public ResponseEntity<byte[]> monitorXlsx(@PathVariable int year, @RequestParam(required = false) Integer calendarYear,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    int calendar = calendarYear == null ? ProcessValues.today().getYear() : calendarYear;
    return exports.monitor(year, calendar, viewer).xlsxDownload("monitor-" + year + "-" + calendar);
  }

}
