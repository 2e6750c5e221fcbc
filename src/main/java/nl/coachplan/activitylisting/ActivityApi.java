package nl.coachplan.activitylisting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.planintake.Codes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sport- en beweegaanbod: providers state their activities, referrers find the listed ones per wijk. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Aanbod", description = "Sport- en beweegactiviteiten per wijk, met de vijf criteria afgestemd met de coördinator")
public class ActivityApi {

  private final Activities activities;
  private final AccessPolicy policy;

  public ActivityApi(Activities activities, AccessPolicy policy) {
    this.activities = activities;
    this.policy = policy;
  }

  public record WijkRef(String code, String name) {}

  public record Choice(String code, String label) {}

  /** An activity; {@code agreed} and {@code agreementRemarks} only for its provider and the municipality's staff. */
  public record ActivityView(long id, String title, String description, String provider, String providerName, List<WijkRef> wijken,
      List<Choice> targetGroups, String schedule, String place, BigDecimal costPerMonthEuro, String status, String statusLabel,
      ActivityForms.Criteria criteria, ActivityForms.Criteria agreed, String agreementRemarks) {

    static ActivityView of(Activity a, boolean full) {
      return new ActivityView(a.getId(), a.getTitle(), a.getDescription(), a.getProvider().getSlug(), a.getProvider().getName(),
          a.getWijken().stream().map(w -> new WijkRef(w.getCode(), w.getName())).toList(),
          a.getTargetGroups().stream().map(g -> new Choice(g, Codes.TARGET_GROUPS.getOrDefault(g, g))).toList(),
          a.getSchedule(), a.getPlace(), a.getCostPerMonthEuro(), a.getStatus().name(), a.getStatus().label(),
          new ActivityForms.Criteria(a.isOpenToVulnerableGroups(), a.isWelcomesNewParticipants(), a.isSafeGuidance(),
              a.isQualityAndContinuity(), a.isGivesFeedback()),
          full ? new ActivityForms.Criteria(a.isAgreedOpenToVulnerableGroups(), a.isAgreedWelcomesNewParticipants(),
              a.isAgreedSafeGuidance(), a.isAgreedQualityAndContinuity(), a.isAgreedGivesFeedback()) : null,
          full ? a.getAgreementRemarks() : null);
    }
  }

  @PostMapping
  @Operation(summary = "Een activiteit aanmelden (een organisatie, voor zichzelf): titel, wijk of wijken, doelgroepen, wanneer, plaats, "
      + "kosten per maand en de vijf criteria; zichtbaar voor verwijzers zodra de coördinator alle vijf heeft afgestemd")
  public ResponseEntity<ActivityView> register(@RequestBody ActivityForms.ActivityForm form, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    Activity activity = activities.register(viewer, form);
    return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.getId())).body(view(viewer, activities.one(viewer, activity.getId())));
  }

  @GetMapping
  @Operation(summary = "Het aanbod in een wijk voor verwijzers: alleen activiteiten met alle vijf criteria afgestemd; "
      + "te filteren op doelgroep en hoogste kosten per maand")
  public List<ActivityView> listed(@RequestParam String wijk, @RequestParam(required = false) String targetGroup,
      @RequestParam(required = false) BigDecimal maxCostPerMonthEuro, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return activities.listed(wijk, targetGroup, maxCostPerMonthEuro).stream().map(a -> view(viewer, a)).toList();
  }

  @GetMapping("/own")
  @Operation(summary = "De activiteiten van de eigen organisatie, met hun stand (medewerkers van de gemeente: alle)")
  public List<ActivityView> own(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return activities.ofViewer(viewer).stream().map(a -> view(viewer, a)).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén activiteit")
  public ActivityView one(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return view(viewer, activities.one(viewer, id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Een activiteit wijzigen (haar aanbieder); gewijzigde criteria of doelgroepen worden opnieuw afgestemd")
  public ActivityView change(@PathVariable long id, @RequestBody ActivityForms.ActivityForm form,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    activities.change(viewer, id, form);
    return view(viewer, activities.one(viewer, id));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Een activiteit uit het aanbod halen (haar aanbieder)")
  public ResponseEntity<Void> withdraw(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    activities.withdraw(viewer, id);
    return ResponseEntity.noContent().build();
  }

  private ActivityView view(Viewer viewer, Activity activity) {
    return ActivityView.of(activity, policy.seesMunicipality(viewer) || policy.providesActivity(viewer, activity.getProvider().getSlug()));
  }
}
