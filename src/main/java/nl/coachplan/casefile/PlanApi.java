package nl.coachplan.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.coachplan.dashboard.Dashboards;
import nl.coachplan.dashboard.PlanRow;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.PlanForms;
import nl.coachplan.planintake.PlanSubmissions;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plans: submitting one (the same start of {@code plan-intake}, with the same rules, as the
 * Tasklist's start form), the list of a round, a plan's case file, and withdrawing it.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plannen", description = "Plannen indienen, de plannen van een ronde, het dossier van een plan en intrekken")
@Validated
public class PlanApi {

  private final PlanSubmissions submissions;
  private final CaseFiles caseFiles;
  private final Dashboards dashboards;

  public PlanApi(PlanSubmissions submissions, CaseFiles caseFiles, Dashboards dashboards) {
    this.submissions = submissions;
    this.caseFiles = caseFiles;
    this.dashboards = dashboards;
  }

  @GetMapping
  @Operation(summary = "De plannen van een ronde die u mag zien, per pagina")
  public Page<PlanRow> plans(@RequestParam int round, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String aanvoerder,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "De pagina is 0 of hoger.") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "Een pagina heeft minstens 1 plan.")
      @Max(value = 200, message = "Een pagina heeft hoogstens 200 plannen.") int size,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return dashboards.plans(round, Dashboards.filter(stage, aanvoerder), viewer, page, size);
  }

  @GetMapping("/{reference}")
  @Operation(summary = "Het dossier van een plan met elke versie van de tekst en de tijdlijn van elke stap")
  public CaseFile caseFile(@PathVariable String reference, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return caseFiles.caseFile(reference, viewer);
  }

  public record Submitted(String reference) {}

  @PostMapping
  @Operation(summary = "Een plan indienen (als aanvoerder of coördinator)")
  public ResponseEntity<Submitted> submit(@RequestBody PlanForms.Submission plan,
      @Parameter(description = "Zelfde sleutel, zelfde plan: een herhaald verzoek maakt geen tweede plan")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    Optional<String> earlier = submissions.earlier(viewer, idempotencyKey);
    if (earlier.isPresent()) {
      return ResponseEntity.ok().location(location(earlier.get())).body(new Submitted(earlier.get()));
    }
    String reference;
    try {
      reference = submissions.submit(plan, viewer, idempotencyKey);
    } catch (DataIntegrityViolationException twin) {
      // The same key committed a moment ago by a concurrent request: that plan is the answer.
      String first = submissions.earlier(viewer, idempotencyKey).orElseThrow(() -> twin);
      return ResponseEntity.ok().location(location(first)).body(new Submitted(first));
    }
    return ResponseEntity.created(location(reference)).body(new Submitted(reference));
  }

  public record Withdrawal(String reason) {}

  @PostMapping("/{reference}/withdrawal")
  @Operation(summary = "Een plan intrekken (de aanvoerder of de coördinator, vóór de goedkeuring)")
  public ResponseEntity<?> withdraw(@PathVariable String reference,
      @RequestBody Withdrawal withdrawal, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    if (submissions.withdraw(reference, withdrawal.reason(), viewer)) {
      return ResponseEntity.noContent().build();
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Plan " + reference + " kan niet meer worden ingetrokken: het is al goedgekeurd, "
            + "afgewezen of ingetrokken.");
    problem.setTitle("Kan niet meer");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("message", problem.getDetail());
    return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static URI location(String reference) {
    return URI.create("/api/v1/plans/" + reference);
  }
}
