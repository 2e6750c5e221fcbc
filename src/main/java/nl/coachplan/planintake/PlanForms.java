package nl.coachplan.planintake;

import jakarta.validation.Valid;
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

/** The data of the plan-intake forms, with the rules the server enforces whatever the client. */
public final class PlanForms {

  private PlanForms() {}

  /** The plan as submitted on the start form and revised on {@code revisePlan}. */
  public record Submission(
      @FieldLabel("Ronde (jaar)") @NotNull(message = "Vul het jaar van de ronde in.") Integer roundYear,
      @FieldLabel("Titel") @NotBlank(message = "Geef het plan een titel.")
      @Size(max = 200, message = "De titel mag hoogstens 200 tekens lang zijn.") String title,
      @FieldLabel("Aanvoerder") @Size(max = 60, message = "De aanvoerder is een korte naam van hoogstens 60 tekens.") String aanvoerder,
      @FieldLabel("Doelen") @NotBlank(message = "Beschrijf de doelen van het plan.")
      @Size(max = 4000, message = "De doelen mogen hoogstens 4000 tekens lang zijn.") String goals,
      @FieldLabel("Doelgroepen") @NotEmpty(message = "Kies minstens één doelgroep.")
      List<@NotBlank(message = "Een doelgroep is leeg.") String> targetGroups,
      @FieldLabel("Settings") @NotEmpty(message = "Kies minstens één setting.")
      List<@NotBlank(message = "Een setting is leeg.") String> settings,
      @FieldLabel("Gevraagde fte") @NotNull(message = "Vul de gevraagde fte in.")
      @DecimalMin(value = "0.1", message = "De gevraagde fte moet minstens 0,1 zijn.")
      @DecimalMax(value = "10", message = "De gevraagde fte mag niet meer dan 10 zijn.")
      @Digits(integer = 2, fraction = 2, message = "Geef de gevraagde fte op in ten hoogste twee decimalen.") BigDecimal requestedFte,
      @FieldLabel("Functieprofiel") @NotBlank(message = "Kies een functieprofiel.") String profileType,
      @FieldLabel("Bijdrage aanvoerder") @NotNull(message = "Vul de bijdrage van de aanvoerder in (0 als die er niet is).")
      @DecimalMin(value = "0", message = "De bijdrage van de aanvoerder kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "De bijdrage van de aanvoerder is onwaarschijnlijk hoog (meer dan € 10 miljoen).")
      BigDecimal aanvoerderContributionEuro,
      @FieldLabel("Bijdragen van spelers") @Size(max = 50, message = "Een plan heeft hoogstens 50 bijdragen.")
      List<@Valid @NotNull(message = "Een bijdrage is leeg.") ContributionRow> contributions,
      @FieldLabel("Beoogde resultaten") @Size(max = 10, message = "Een plan noemt hoogstens 10 beoogde resultaten.")
      List<@Valid @NotNull(message = "Een beoogd resultaat is leeg.") OutcomeRow> outcomes,
      @FieldLabel("Wijken") @Size(max = 100, message = "Een plan noemt hoogstens 100 wijken.")
      List<@NotBlank(message = "Een wijk is leeg.") String> wijken) {

    /** The plan without wijken, as callers wrote it before plans named their wijken. */
    public Submission(Integer roundYear, String title, String aanvoerder, String goals, List<String> targetGroups,
        List<String> settings, BigDecimal requestedFte, String profileType, BigDecimal aanvoerderContributionEuro,
        List<ContributionRow> contributions, List<OutcomeRow> outcomes) {
      this(roundYear, title, aanvoerder, goals, targetGroups, settings, requestedFte, profileType, aanvoerderContributionEuro,
          contributions, outcomes, null);
    }

    public List<String> wijkenOrEmpty() {
      return wijken == null ? List.of() : wijken;
    }

    public List<ContributionRow> contributionsOrEmpty() {
      return contributions == null ? List.of() : contributions;
    }

    /** The outcomes named; a row left wholly empty (the form's first, unused) is no outcome. */
    public List<OutcomeRow> outcomesOrEmpty() {
      return outcomes == null ? List.of() : outcomes.stream().filter(o -> !o.empty()).toList();
    }
  }

  /** An intended outcome: a code of {@link Codes#OUTCOMES} and how the aanvoerder will measure it. */
  public record OutcomeRow(
      String outcome,
      @Size(max = 500, message = "Een meetwijze mag hoogstens 500 tekens lang zijn.") String measure) {

    boolean empty() {
      return (outcome == null || outcome.isBlank()) && (measure == null || measure.isBlank());
    }
  }

  public record ContributionRow(
      @NotBlank(message = "Vul bij elke bijdrage de speler (organisatie) in.") String organization,
      @NotBlank(message = "Kies bij elke bijdrage de soort.") String kind,
      @DecimalMin(value = "0", message = "Een bedrag kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Een bedrag van meer dan € 10 miljoen per jaar is onwaarschijnlijk.") BigDecimal amountEuro,
      @Min(value = 0, message = "Een aantal uren kan niet negatief zijn.")
      @Max(value = 10000, message = "Meer dan 10.000 uur per jaar is onwaarschijnlijk.") Integer hoursPerYear,
      @Size(max = 500, message = "Een omschrijving mag hoogstens 500 tekens lang zijn.") String description) {}

  public record Confirmation(
      @FieldLabel("Bijdrage bevestigd") @NotNull(message = "Geef aan of u de bijdrage bevestigt.") Boolean contributionConfirmed,
      @FieldLabel("Bevestigd bedrag") @DecimalMin(value = "0", message = "Het bevestigde bedrag kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Het bevestigde bedrag is onwaarschijnlijk hoog.") BigDecimal confirmedAmountEuro,
      @FieldLabel("Bevestigde uren") @Min(value = 0, message = "Het bevestigde aantal uren kan niet negatief zijn.")
      @Max(value = 10000, message = "Meer dan 10.000 uur per jaar is onwaarschijnlijk.") Integer confirmedHoursPerYear,
      @FieldLabel("Opmerking") @Size(max = 2000, message = "De opmerking mag hoogstens 2000 tekens lang zijn.") String remark) {}

  public record FollowUp(
      @FieldLabel("Notitie") @NotBlank(message = "Noteer wat u met de speler hebt afgesproken.")
      @Size(max = 2000, message = "De notitie mag hoogstens 2000 tekens lang zijn.") String followUpNote) {}

  public record Screening(
      @FieldLabel("Uitkomst screening") @NotNull(message = "Kies de uitkomst van de screening.")
      @Pattern(regexp = "complete|incomplete", message = "De uitkomst van de screening is 'complete' of 'incomplete'.") String screeningOutcome,
      @FieldLabel("Opmerkingen") @Size(max = 4000, message = "De opmerkingen mogen hoogstens 4000 tekens lang zijn.") String screeningRemarks) {}

  public record Review(
      @FieldLabel("Datum bespreking") @NotNull(message = "Vul de datum van de bespreking in.") LocalDate reviewDate,
      @FieldLabel("Aanwezigen") @Size(max = 1000, message = "De lijst aanwezigen mag hoogstens 1000 tekens lang zijn.") String reviewAttendees,
      @FieldLabel("Beleidsdoelen") @Size(max = 4000, message = "De beleidsdoelen mogen hoogstens 4000 tekens lang zijn.") String policyGoals,
      @FieldLabel("Tips") @Size(max = 4000, message = "De tips mogen hoogstens 4000 tekens lang zijn.") String tips,
      @FieldLabel("Besluit") @NotNull(message = "Kies het besluit van de bespreking.")
      @Pattern(regexp = "approve|revise|reject", message = "Het besluit is 'approve', 'revise' of 'reject'.") String reviewDecision,
      @FieldLabel("Goedgekeurde fte") @DecimalMin(value = "0.01", message = "De goedgekeurde fte moet groter dan 0 zijn.")
      @DecimalMax(value = "10", message = "De goedgekeurde fte mag niet meer dan 10 zijn.")
      @Digits(integer = 2, fraction = 2, message = "Geef de goedgekeurde fte op in ten hoogste twee decimalen.") BigDecimal approvedFte) {}

  /**
   * The profile and the posts the approved fte are divided into. {@code hoursPerWeek} alone is one
   * post: the form before posts, still deployed with instances that started under it, sent it.
   */
  public record ProfileDraft(
      @FieldLabel("Functieprofiel") @NotBlank(message = "Kies een functieprofiel.") String profileType,
      @FieldLabel("Lokale functietitel") @Size(max = 200, message = "De lokale titel mag hoogstens 200 tekens lang zijn.") String localTitle,
      @FieldLabel("Uren per week")
      @DecimalMin(value = "1", message = "Het aantal uren per week ligt tussen 1 en 40.")
      @DecimalMax(value = "40", message = "Het aantal uren per week ligt tussen 1 en 40.") BigDecimal hoursPerWeek,
      @FieldLabel("Volle werkweek")
      @DecimalMin(value = "30", message = "De volle werkweek van de werkgever ligt tussen 30 en 40 uur.")
      @DecimalMax(value = "40", message = "De volle werkweek van de werkgever ligt tussen 30 en 40 uur.") BigDecimal fullTimeHours,
      @FieldLabel("Posts") @Size(max = 20, message = "Een plan heeft hoogstens 20 posts.")
      List<@Valid @NotNull(message = "Een post is leeg.") PostRow> posts,
      @FieldLabel("Taken") @NotBlank(message = "Beschrijf de taken van de coach.")
      @Size(max = 4000, message = "De taken mogen hoogstens 4000 tekens lang zijn.") String tasks,
      @FieldLabel("Competenties") List<@NotBlank(message = "Een competentie is leeg.") String> competencies) {}

  /** One post of the profile: what it is for, if the aanvoerder says, and its hours per week at the employer. */
  public record PostRow(
      @Size(max = 200, message = "De omschrijving van een post mag hoogstens 200 tekens lang zijn.") String title,
      @NotNull(message = "Vul bij elke post het aantal uren per week in.")
      @DecimalMin(value = "1", message = "Het aantal uren per week van een post ligt tussen 1 en 40.")
      @DecimalMax(value = "40", message = "Het aantal uren per week van een post ligt tussen 1 en 40.") BigDecimal hoursPerWeek) {}

  public record BudgetDraft(
      @FieldLabel("Salarisschaal") @NotBlank(message = "Vul de salarisschaal in.")
      @Size(max = 100, message = "De salarisschaal mag hoogstens 100 tekens lang zijn.") String salaryScale,
      @FieldLabel("Jaarkosten per fte") @NotNull(message = "Vul de jaarlijkse loonkosten per fte in.")
      @DecimalMin(value = "1000", message = "De jaarlijkse loonkosten per fte moeten minstens € 1.000 zijn.")
      @DecimalMax(value = "250000", message = "Jaarlijkse loonkosten van meer dan € 250.000 per fte zijn onwaarschijnlijk.") BigDecimal annualCostPerFte,
      @FieldLabel("Overige kosten") @NotNull(message = "Vul de overige kosten in (0 als die er niet zijn).")
      @DecimalMin(value = "0", message = "De overige kosten kunnen niet negatief zijn.")
      @DecimalMax(value = "1000000", message = "Overige kosten van meer dan € 1 miljoen zijn onwaarschijnlijk.") BigDecimal otherCostsEuro) {}

  public record BudgetDecision(
      @FieldLabel("Besluit") @NotNull(message = "Kies of profiel en begroting akkoord zijn.")
      @Pattern(regexp = "approve|revise", message = "Het besluit is 'approve' of 'revise'.") String budgetDecision,
      @FieldLabel("Opmerkingen") @Size(max = 4000, message = "De opmerkingen mogen hoogstens 4000 tekens lang zijn.") String budgetRemarks) {}
}
