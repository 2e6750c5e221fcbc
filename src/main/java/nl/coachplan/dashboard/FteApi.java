package nl.coachplan.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.coachplan.coachhiring.StandingAllocation;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.validation.Forbidden;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Rijk's fte of a calendar year: the standing allocation, what plans and coaches hold, what is left. */
@RestController
@RequestMapping("/api/v1/fte")
@Tag(name = "Fte", description = "De rijkstoekenning aan fte per kalenderjaar")
@Validated
public class FteApi {

  private final StandingAllocation allocation;
  private final AccessPolicy policy;

  public FteApi(StandingAllocation allocation, AccessPolicy policy) {
    this.allocation = allocation;
    this.policy = policy;
  }

  @GetMapping("/{year}")
  @Operation(summary = "Toegekend, vastgelegd (goedgekeurd, nog niet ingevuld), ingevuld en beschikbaar in een kalenderjaar")
  public StandingAllocation.Year year(
      @PathVariable @Min(value = 2000, message = "Het jaar ligt tussen 2000 en 2199.")
      @Max(value = 2199, message = "Het jaar ligt tussen 2000 en 2199.") int year,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    if (!policy.seesMunicipality(viewer)) {
      throw new Forbidden("De fte van de gemeente zijn voor de gemeente.");
    }
    return allocation.year(year);
  }
}
