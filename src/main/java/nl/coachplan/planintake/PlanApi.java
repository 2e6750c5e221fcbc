package nl.coachplan.planintake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;
import nl.coachplan.identity.Viewer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submitting a plan through our API: the same start of {@code plan-intake}, with the same rules, as the Tasklist's start form. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plannen")
public class PlanApi {

  private final PlanSubmissions submissions;

  public PlanApi(PlanSubmissions submissions) {
    this.submissions = submissions;
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
  public ResponseEntity<?> withdraw(@org.springframework.web.bind.annotation.PathVariable String reference,
      @RequestBody Withdrawal withdrawal, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    if (withdrawal.reason() != null && withdrawal.reason().length() > 4000) {
      throw nl.coachplan.validation.InvalidFormDataException.of("reason", "De reden mag hoogstens 4000 tekens lang zijn.");
    }
    if (submissions.withdraw(reference, withdrawal.reason(), viewer)) {
      return ResponseEntity.noContent().build();
    }
    org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
        org.springframework.http.HttpStatus.CONFLICT, "Plan " + reference + " kan niet meer worden ingetrokken: het is al goedgekeurd, "
            + "afgewezen of ingetrokken.");
    problem.setTitle("Kan niet meer");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("message", problem.getDetail());
    return ResponseEntity.status(409).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static URI location(String reference) {
    return URI.create("/api/v1/plans/" + reference);
  }
}
