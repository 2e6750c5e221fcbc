package nl.coachplan.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.validation.Forbidden;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monitor per municipality-year, for the gemeente's staff: as JSON and as export. */
@RestController
@RequestMapping("/api/v1/monitor")
@Tag(name = "Monitor", description = "De monitor per gemeente en kalenderjaar, met de cijfers van elk jaar vastgelegd")
@Validated
public class MonitorApi {


  private final MunicipalityMonitor monitor;
  private final AccessPolicy policy;

  public MonitorApi(MunicipalityMonitor monitor, AccessPolicy policy) {
    this.monitor = monitor;
    this.policy = policy;
  }

  @GetMapping("/{year}")
  @Operation(summary = "Elke coach met een contract in het kalenderjaar (ook structureel gefinancierde), met profiel en de vastgelegde cijfers van het jaar")
  public MunicipalityMonitor.Year year(@PathVariable @Min(value = 2000, message = "Het jaar ligt tussen 2000 en 2199.")
      @Max(value = 2199, message = "Het jaar ligt tussen 2000 en 2199.") int year, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    check(viewer);
    return monitor.year(year);
  }

  @GetMapping("/{year}.csv")
  @Operation(summary = "De monitor van een kalenderjaar (CSV, voor Excel)")
  public ResponseEntity<byte[]> csv(@PathVariable @Min(value = 2000, message = "Het jaar ligt tussen 2000 en 2199.")
      @Max(value = 2199, message = "Het jaar ligt tussen 2000 en 2199.") int year, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    check(viewer);
    return monitor.table(year).csvDownload("monitor-" + year);
  }

  @GetMapping("/{year}.xlsx")
  @Operation(summary = "De monitor van een kalenderjaar (Excel)")
  public ResponseEntity<byte[]> xlsx(@PathVariable @Min(value = 2000, message = "Het jaar ligt tussen 2000 en 2199.")
      @Max(value = 2199, message = "Het jaar ligt tussen 2000 en 2199.") int year, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    check(viewer);
    return monitor.table(year).xlsxDownload("monitor-" + year);
  }

  private void check(Viewer viewer) {
    if (!policy.seesMunicipality(viewer)) {
      throw new Forbidden("De monitor is voor de medewerkers van de gemeente.");
    }
  }

}
