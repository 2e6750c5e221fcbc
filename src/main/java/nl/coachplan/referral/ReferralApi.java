package nl.coachplan.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Referrals from the wijkteam to the aanbod, without personal data, and the provider's answers. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Verwijzingen", description = "Verwijzen naar het aanbod zonder persoonsgegevens, en de terugkoppeling van de aanbieder")
public class ReferralApi {

  private final Referrals referrals;
  private final AccessPolicy policy;

  public ReferralApi(Referrals referrals, AccessPolicy policy) {
    this.referrals = referrals;
    this.policy = policy;
  }

  public record FeedbackView(String status, String statusLabel, String note, Instant givenAt) {}

  /** A referral; who referred (a professional of the wijkteam) only for the wijkteam and the staff. */
  public record ReferralView(long id, long activityId, String activityTitle, String provider, String providerName, String wijk,
      String wijkName, String source, String sourceLabel, String note, Instant referredAt, String referredBy, String status,
      String statusLabel, int reminders, List<FeedbackView> feedback) {

    static ReferralView of(Referral r, boolean referrer) {
      var activity = r.getActivity();
      return new ReferralView(r.getId(), activity.getId(), activity.getTitle(), activity.getProvider().getSlug(),
          activity.getProvider().getName(), r.getWijk().getCode(), r.getWijk().getName(), r.getSource(),
          ReferralSource.CODES.getOrDefault(r.getSource(), r.getSource()), r.getNote(), r.getReferredAt(),
          referrer ? r.getReferredBy() : null, r.getStatus() == ReferralStatus.AWAITING ? "awaiting" : r.getStatus().code(),
          r.getStatus().label(), r.getReminders(),
          r.getFeedback().stream().map(f -> new FeedbackView(f.getStatus().code(), f.getStatus().label(), f.getNote(), f.getGivenAt()))
              .toList());
    }
  }

  @PostMapping
  @Operation(summary = "Iemand verwijzen (het wijkteam): activityId, wijk (als de activiteit in meer wijken is), source "
      + "(wijkteam, huisarts, werk-en-inkomen, coach, other) en een korte note; geen naam, BSN, geboortedatum of adres: "
      + "andere velden worden geweigerd")
  public ResponseEntity<ReferralView> refer(@RequestBody Map<String, Object> body, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    Referral referral = referrals.refer(viewer, body);
    return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.getId())).body(view(viewer, referrals.one(viewer, referral.getId())));
  }

  @GetMapping
  @Operation(summary = "De verwijzingen: van het wijkteam, naar de activiteiten van de eigen organisatie, of (medewerkers) alle; nieuwste eerst")
  public List<ReferralView> referrals(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return referrals.ofViewer(viewer).stream().map(r -> view(viewer, r)).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén verwijzing met haar terugkoppeling")
  public ReferralView referral(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return view(viewer, referrals.one(viewer, id));
  }

  @PostMapping("/{id}/feedback")
  @Operation(summary = "Terugkoppeling geven (alleen de aanbieder van de activiteit): status started, not-started, stopped of "
      + "continuing, en een korte note")
  public ReferralView feedback(@PathVariable long id, @RequestBody Map<String, Object> body,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    referrals.answer(viewer, id, body);
    return view(viewer, referrals.one(viewer, id));
  }

  private ReferralView view(Viewer viewer, Referral referral) {
    return ReferralView.of(referral, policy.mayRefer(viewer) || policy.seesMunicipality(viewer));
  }
}
