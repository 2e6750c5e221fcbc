package nl.coachplan.coachhiring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.coachplan.validation.FieldLabel;

/** The data of the coach-hiring forms, with the rules the server enforces whatever the client. */
public final class HiringForms {

  private HiringForms() {}

  public record VacancyForm(
      @FieldLabel("Vacaturetekst") @NotBlank(message = "Schrijf de vacaturetekst.")
      @Size(max = 4000, message = "De vacaturetekst mag hoogstens 4000 tekens lang zijn.") String vacancyText,
      @FieldLabel("Sluitingsdatum") @NotNull(message = "Vul de sluitingsdatum van de vacature in.") LocalDate closingDate,
      @FieldLabel("Interne kandidaten eerst") Boolean internalCandidateRoute) {}

  public record Selection(
      @FieldLabel("Uitkomst selectie") @NotNull(message = "Kies de uitkomst van de selectie.")
      @Pattern(regexp = "selected|noSuitableCandidate", message = "De uitkomst is 'selected' of 'noSuitableCandidate'.") String selectionOutcome,
      @FieldLabel("Toelichting") @Size(max = 2000, message = "De toelichting mag hoogstens 2000 tekens lang zijn.") String selectionRemarks) {}

  public record Appointment(
      @FieldLabel("Naam van de coach") @NotBlank(message = "Vul de naam van de coach in.")
      @Size(max = 200, message = "De naam mag hoogstens 200 tekens lang zijn.") String coachName,
      @FieldLabel("Startdatum") @NotNull(message = "Vul de startdatum in.") LocalDate startDate,
      @FieldLabel("Uren per week") @NotNull(message = "Vul het aantal uren per week in.")
      @DecimalMin(value = "1", message = "Het aantal uren per week ligt tussen 1 en 40.")
      @DecimalMax(value = "40", message = "Het aantal uren per week ligt tussen 1 en 40.") BigDecimal hoursPerWeek,
      @FieldLabel("Einddatum jaarcontract") LocalDate contractEndDate,
      @FieldLabel("Trainee") Boolean trainee) {}
}
