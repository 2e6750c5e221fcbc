package nl.coachplan.fundinground;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.validation.FieldLabel;

/** The data of the funding round's forms, with the rules the server enforces. */
public final class RoundForms {

  private RoundForms() {}

  public record Start(
      @FieldLabel("Jaar") @NotNull(message = "Vul het jaar van de ronde in.")
      @Min(value = 2000, message = "Het jaar moet tussen 2000 en 2199 liggen.")
      @Max(value = 2199, message = "Het jaar moet tussen 2000 en 2199 liggen.") Integer year,
      @FieldLabel("Toegekende fte") @NotNull(message = "Vul de door het Rijk toegekende fte in.")
      @DecimalMin(value = "0.1", message = "De toegekende fte moet minstens 0,1 zijn.")
      @DecimalMax(value = "10000", message = "De toegekende fte mag niet meer dan 10.000 zijn.")
      @Digits(integer = 5, fraction = 2, message = "Geef de toegekende fte op in ten hoogste twee decimalen.") BigDecimal grantedFte,
      @FieldLabel("Rijksbijdrage per fte") @NotNull(message = "Vul de rijksbijdrage per fte in.")
      @DecimalMin(value = "0", message = "De rijksbijdrage per fte kan niet negatief zijn.")
      @DecimalMax(value = "200000", message = "De rijksbijdrage per fte mag niet meer dan € 200.000 zijn.") BigDecimal rijksbijdragePerFte,
      @FieldLabel("Minimaal lokaal aandeel (%)")
      @Min(value = 0, message = "Het minimale lokale aandeel ligt tussen 0 en 100%.")
      @Max(value = 100, message = "Het minimale lokale aandeel ligt tussen 0 en 100%.") Integer localShareMinimumPercent,
      @FieldLabel("Inbreng in natura telt mee") Boolean inKindCountsAsCofinancing,
      @FieldLabel("Sluitingsdatum oproep") @NotNull(message = "Vul de sluitingsdatum van de oproep in.") LocalDate callDeadline) {

    int localShareOrDefault() {
      return localShareMinimumPercent == null ? 60 : localShareMinimumPercent;
    }
  }

  public record Meeting(
      @FieldLabel("Datum bijeenkomst") @NotNull(message = "Vul de datum van de bijeenkomst in.") LocalDate meetingDate,
      @FieldLabel("Locatie") @NotBlank(message = "Vul de locatie van de bijeenkomst in.")
      @Size(max = 200, message = "De locatie mag hoogstens 200 tekens lang zijn.") String meetingLocation,
      @FieldLabel("Uitgenodigde organisaties") @NotEmpty(message = "Nodig minstens één organisatie uit.")
      List<@NotBlank(message = "Een uitgenodigde organisatie is leeg.") String> invitedOrganizations) {}

  public record MeetingRecord(
      @FieldLabel("Aanwezige organisaties") List<@NotBlank(message = "Een aanwezige organisatie is leeg.") String> attendingOrganizations,
      @FieldLabel("Verslag") @Size(max = 4000, message = "Het verslag mag hoogstens 4000 tekens lang zijn.") String meetingNotes) {}

  public record CallDecision(
      @FieldLabel("Besluit") @NotNull(message = "Kies of de oproep sluit of verlengd wordt.")
      @Pattern(regexp = "close|extend", message = "Het besluit over de oproep is 'close' (sluiten) of 'extend' (verlengen).") String closeDecision,
      @FieldLabel("Nieuwe sluitingsdatum") LocalDate newCallDeadline) {}
}
