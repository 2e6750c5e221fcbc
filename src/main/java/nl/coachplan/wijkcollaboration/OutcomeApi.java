package nl.coachplan.wijkcollaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's policy goals as figures: for the council, and for the organisations that work towards them. */
@RestController
@RequestMapping("/api/v1/outcomes")
@Tag(name = "Beleidsdoelen", description = "Per beleidsdoel: de plannen die het beogen en de resultaten in de jaarverslagen")
public class OutcomeApi {

  private final PolicyGoals goals;
  private final AccessPolicy policy;
  private final Wijken wijken;

  public OutcomeApi(PolicyGoals goals, AccessPolicy policy, Wijken wijken) {
    this.goals = goals;
    this.policy = policy;
    this.wijken = wijken;
  }

  /** {@code wijk} null: the whole municipality. */
  public record Outcomes(Integer year, String wijk, List<PolicyGoals.Goal> outcomes) {}

  @GetMapping
  @Operation(summary = "Per beleidsdoel van de gemeente: de plannen die het beogen, de jaarverslagen met een resultaat erop, "
      + "hoeveel daarvan in woorden (verhalen) en de som van de aantallen; met year alleen de jaarverslagen van contractjaren "
      + "die in dat jaar eindigen; met wijk (CBS-wijkcode) alleen de plannen in die wijk")
  public Outcomes outcomes(@RequestParam(required = false) Integer year, @RequestParam(required = false) String wijk,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    WijkApi.mayRead(policy, viewer);
    Integer checked = WijkApi.checked(year);
    String code = wijk == null || wijk.isBlank() ? null : wijken.one(wijk).getCode();
    return new Outcomes(checked, code, goals.of(code, checked));
  }
}
