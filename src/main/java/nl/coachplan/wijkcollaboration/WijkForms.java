package nl.coachplan.wijkcollaboration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.validation.FieldLabel;

/** A new wijk, and the yearly look back on working together in it. */
public final class WijkForms {

  private WijkForms() {}

  public record NewWijk(
      @FieldLabel("Wijkcode") @NotBlank(message = "Vul de CBS-wijkcode in, bijvoorbeeld WK034201.")
      @Pattern(regexp = "|" + Wijk.CODE, message = "Een CBS-wijkcode is WK met zes cijfers: de vier van de gemeente en twee van de wijk, "
          + "bijvoorbeeld WK034201.") String code,
      @FieldLabel("Naam") @NotBlank(message = "Vul de naam van de wijk in.")
      @Size(max = 100, message = "De naam van de wijk mag hoogstens 100 tekens lang zijn.") String name) {}

  public record Evaluation(
      @FieldLabel("Datum van de terugblik") @NotNull(message = "Vul de datum van de terugblik in.") LocalDate heldOn,
      @FieldLabel("Wijkteam aanwezig") Boolean wijkteamPresent,
      @FieldLabel("Aanbieders aanwezig") @Size(max = 100, message = "Kies hoogstens 100 aanbieders.")
      List<@NotBlank(message = "Een aanbieder is leeg.") String> providersPresent,
      @FieldLabel("Wat ging goed") @Size(max = 4000, message = "Wat goed ging mag hoogstens 4000 tekens lang zijn.") String wentWell,
      @FieldLabel("Wat kan beter") @Size(max = 4000, message = "Wat beter kan mag hoogstens 4000 tekens lang zijn.") String toImprove,
      @FieldLabel("Afspraken") @NotBlank(message = "Noteer de afspraken voor het komende jaar.")
      @Size(max = 4000, message = "De afspraken mogen hoogstens 4000 tekens lang zijn.") String agreements) {}
}
