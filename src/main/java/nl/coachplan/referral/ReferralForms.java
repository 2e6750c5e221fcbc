package nl.coachplan.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.coachplan.validation.FieldLabel;

/** A referral and the provider's answer: no field for a person, by design. */
public final class ReferralForms {

  private ReferralForms() {}

  /** The only fields a referral has; anything else is refused, so no personal data can come in by another name. */
  static final Set<String> REFERRAL_FIELDS = Set.of("activityId", "wijk", "source", "note");
  static final Set<String> FEEDBACK_FIELDS = Set.of("status", "note");

  public record NewReferral(
      @FieldLabel("Activiteit") @NotNull(message = "Kies de activiteit waarnaar u verwijst.") Long activityId,
      @FieldLabel("Wijk") @Size(max = 8, message = "Een wijkcode is hoogstens 8 tekens lang, bijvoorbeeld WK034201.") String wijk,
      @FieldLabel("Verwezen door") @NotBlank(message = "Kies wie om de verwijzing vroeg: wijkteam, huisarts, werk-en-inkomen, coach of other.")
      String source,
      @FieldLabel("Notitie") @Size(max = 500, message = "De notitie mag hoogstens 500 tekens lang zijn.") String note) {}

  public record Feedback(
      @FieldLabel("Stand") @NotBlank(message = "Kies hoe het gaat: started, not-started, stopped of continuing.") String status,
      @FieldLabel("Notitie") @Size(max = 500, message = "De notitie mag hoogstens 500 tekens lang zijn.") String note) {}
}
