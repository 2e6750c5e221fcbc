package nl.coachplan.activitylisting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.validation.FieldLabel;

/** The data of the aanbod: an activity as its provider states it, and the coordinator's agreement. */
public final class ActivityForms {

  private ActivityForms() {}

  /**
   * An activity as {@code POST /api/v1/activities} and the portal take it. {@code wijk} (one CBS code)
   * and {@code wijken} (a list) may be given together; the activity is in each. {@code provider} is the
   * caller's own organisation; needed only by someone who works for several, or by the coordinator.
   */
  public record ActivityForm(
      @FieldLabel("Aanbieder") @Size(max = 60, message = "De aanbieder is een korte naam van hoogstens 60 tekens.") String provider,
      @FieldLabel("Titel") @NotBlank(message = "Geef de activiteit een titel.")
      @Size(max = 200, message = "De titel mag hoogstens 200 tekens lang zijn.") String title,
      @FieldLabel("Omschrijving") @Size(max = 2000, message = "De omschrijving mag hoogstens 2000 tekens lang zijn.") String description,
      @FieldLabel("Wijk") String wijk,
      @FieldLabel("Wijken") @Size(max = 50, message = "Kies hoogstens 50 wijken.") List<String> wijken,
      @FieldLabel("Doelgroepen") @NotEmpty(message = "Kies minstens één doelgroep.")
      List<@NotBlank(message = "Een doelgroep is leeg.") String> targetGroups,
      @FieldLabel("Wanneer") @NotBlank(message = "Vul in wanneer de activiteit is, bijvoorbeeld 'dinsdag 10.00-11.00 uur'.")
      @Size(max = 200, message = "Het tijdstip mag hoogstens 200 tekens lang zijn.") String schedule,
      @FieldLabel("Plaats") @NotBlank(message = "Vul de plaats van de activiteit in.")
      @Size(max = 200, message = "De plaats mag hoogstens 200 tekens lang zijn.") String place,
      @FieldLabel("Kosten per maand") @NotNull(message = "Vul de kosten van deelname per maand in (0 als deelname gratis is).")
      @DecimalMin(value = "0", message = "De kosten per maand kunnen niet negatief zijn.")
      @DecimalMax(value = "1000", message = "Kosten van meer dan € 1.000 per maand zijn onwaarschijnlijk.")
      @Digits(integer = 4, fraction = 2, message = "Geef de kosten op in hele euro's en centen.") BigDecimal costPerMonthEuro,
      @FieldLabel("Criteria") @NotNull(message = "Geef bij elk van de vijf criteria aan of de activiteit eraan voldoet.")
      @Valid Criteria criteria) {

    /** The wijk codes given, in either field. */
    List<String> wijkCodes() {
      List<String> codes = new ArrayList<>();
      if (wijk != null && !wijk.isBlank()) {
        codes.add(wijk);
      }
      if (wijken != null) {
        codes.addAll(wijken);
      }
      return codes;
    }
  }

  /** The five criteria of seed 003 as the provider states them. */
  public record Criteria(
      @FieldLabel("a. Open voor kwetsbare groepen") @NotNull(message = "Geef aan of de activiteit openstaat voor kwetsbare groepen (a).")
      Boolean openToVulnerableGroups,
      @FieldLabel("b. Nieuwe groep of goede instroom") @NotNull(message = "Geef aan of nieuwe deelnemers goed kunnen instromen (b).")
      Boolean welcomesNewParticipants,
      @FieldLabel("c. Veilige begeleiding") @NotNull(message = "Geef aan of de begeleiding sociaal en lichamelijk veilig is (c).")
      Boolean safeGuidance,
      @FieldLabel("d. Kwaliteit en continuïteit") @NotNull(message = "Geef aan of kwaliteit en continuïteit gewaarborgd zijn (d).")
      Boolean qualityAndContinuity,
      @FieldLabel("e. Terugkoppeling aan het wijkteam") @NotNull(message = "Geef aan of u terugkoppelt aan het wijkteam (e).")
      Boolean givesFeedback) {}

  /** The coordinator's agreement, per criterion, after talking it through with the provider and the wijkteam. */
  public record Agreement(
      @FieldLabel("a. Afgestemd") Boolean agreedOpenToVulnerableGroups,
      @FieldLabel("b. Afgestemd") Boolean agreedWelcomesNewParticipants,
      @FieldLabel("c. Afgestemd") Boolean agreedSafeGuidance,
      @FieldLabel("d. Afgestemd") Boolean agreedQualityAndContinuity,
      @FieldLabel("e. Afgestemd") Boolean agreedGivesFeedback,
      @FieldLabel("Toelichting") @Size(max = 2000, message = "De toelichting mag hoogstens 2000 tekens lang zijn.") String agreementRemarks) {

    public Agreement {
      agreedOpenToVulnerableGroups = Boolean.TRUE.equals(agreedOpenToVulnerableGroups);
      agreedWelcomesNewParticipants = Boolean.TRUE.equals(agreedWelcomesNewParticipants);
      agreedSafeGuidance = Boolean.TRUE.equals(agreedSafeGuidance);
      agreedQualityAndContinuity = Boolean.TRUE.equals(agreedQualityAndContinuity);
      agreedGivesFeedback = Boolean.TRUE.equals(agreedGivesFeedback);
    }
  }
}
