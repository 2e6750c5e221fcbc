package nl.coachplan.contractrenewal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.stream.IntStream;
import nl.coachplan.validation.FieldLabel;

/** The data of the contract-renewal forms, with the rules the server enforces whatever the client. */
public final class RenewalForms {

  private RenewalForms() {}

  /** Participants per rung of the participatieladder, 1 (isolated) to 6 (paid work); 4 is unpaid work. */
  public record LadderCounts(
      @Min(value = 0, message = "Een aantal op de participatieladder kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers op één trede is onwaarschijnlijk.") Integer rung1,
      @Min(value = 0, message = "Een aantal op de participatieladder kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers op één trede is onwaarschijnlijk.") Integer rung2,
      @Min(value = 0, message = "Een aantal op de participatieladder kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers op één trede is onwaarschijnlijk.") Integer rung3,
      @Min(value = 0, message = "Een aantal op de participatieladder kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers op één trede is onwaarschijnlijk.") Integer rung4,
      @Min(value = 0, message = "Een aantal op de participatieladder kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers op één trede is onwaarschijnlijk.") Integer rung5,
      @Min(value = 0, message = "Een aantal op de participatieladder kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers op één trede is onwaarschijnlijk.") Integer rung6) {

    static final LadderCounts NONE = new LadderCounts(0, 0, 0, 0, 0, 0);

    /** Some rung has a count (zero too): the ladder was filled in. */
    boolean given() {
      return rung1 != null || rung2 != null || rung3 != null || rung4 != null || rung5 != null || rung6 != null;
    }

    /** Every rung has a count. */
    boolean complete() {
      return rung1 != null && rung2 != null && rung3 != null && rung4 != null && rung5 != null && rung6 != null;
    }

    int[] counts() {
      return IntStream.of(n(rung1), n(rung2), n(rung3), n(rung4), n(rung5), n(rung6)).toArray();
    }

    int total() {
      return IntStream.of(counts()).sum();
    }

    private static int n(Integer count) {
      return count == null ? 0 : count;
    }
  }

  public record YearReportForm(
      @FieldLabel("Bereikte deelnemers") @NotNull(message = "Vul het aantal bereikte deelnemers in.")
      @Min(value = 0, message = "Het aantal deelnemers kan niet negatief zijn.")
      @Max(value = 100000, message = "Meer dan 100.000 deelnemers per coach is onwaarschijnlijk.") Integer participantsReached,
      @FieldLabel("Participatieladder begin") @Valid LadderCounts ladderStart,
      @FieldLabel("Participatieladder eind") @Valid LadderCounts ladderEnd,
      @FieldLabel("Hoogtepunten") @Size(max = 4000, message = "De hoogtepunten mogen hoogstens 4000 tekens lang zijn.") String highlights,
      @FieldLabel("Besteed") @NotNull(message = "Vul in hoeveel er dit jaar is besteed.")
      @DecimalMin(value = "0", message = "Het bestede bedrag kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Meer dan € 10 miljoen besteed is onwaarschijnlijk.") BigDecimal spentEuro,
      @FieldLabel("Wens structurele financiering") Boolean wantsStructural,
      @FieldLabel("Stappen naar borging") List<@NotBlank(message = "Een stap naar borging is leeg.") String> embeddingSteps,
      @FieldLabel("Resultaten per beoogd resultaat") @Size(max = 10, message = "Een plan heeft hoogstens 10 beoogde resultaten.")
      List<@Valid @NotNull(message = "Een resultaat is leeg.") OutcomeResult> outcomeResults,
      @FieldLabel("Verhalen") @Size(max = 8000, message = "De verhalen mogen samen hoogstens 8000 tekens lang zijn.") String stories,
      @FieldLabel("Foto's") @Size(max = 10, message = "Voeg hoogstens 10 foto's toe.")
      List<@Valid @NotNull(message = "Een foto is leeg.") PhotoRow> photoLinks) {

    LadderCounts start() { return ladderStart == null ? LadderCounts.NONE : ladderStart; }

    LadderCounts end() { return ladderEnd == null ? LadderCounts.NONE : ladderEnd; }

    boolean ladderGiven() { return ladderStart != null && ladderStart.given() || ladderEnd != null && ladderEnd.given(); }

    /** The results given; a row left wholly empty is none. */
    List<OutcomeResult> results() {
      return outcomeResults == null ? List.of() : outcomeResults.stream()
          .filter(r -> !blank(r.outcome()) || !blank(r.resultText()) || r.resultNumber() != null).toList();
    }

    /** The photos given; a row left wholly empty is none. */
    List<PhotoRow> photos() {
      return photoLinks == null ? List.of() : photoLinks.stream().filter(p -> !blank(p.url()) || !blank(p.caption())).toList();
    }

    List<String> steps() { return embeddingSteps == null ? List.of() : embeddingSteps; }
  }

  /** The year's result on one intended outcome: in words, as a number, or both. */
  public record OutcomeResult(
      String outcome,
      String measure,
      @Size(max = 2000, message = "Een resultaat mag hoogstens 2000 tekens lang zijn.") String resultText,
      @DecimalMin(value = "0", message = "Een resultaat als aantal kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Een resultaat van meer dan 10 miljoen is onwaarschijnlijk.") BigDecimal resultNumber) {}

  /** A photo as a link to where it is kept. */
  public record PhotoRow(
      @Size(max = 500, message = "Een link naar een foto mag hoogstens 500 tekens lang zijn.") String url,
      @Size(max = 200, message = "Een onderschrift mag hoogstens 200 tekens lang zijn.") String caption) {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public record Reconfirmation(
      @FieldLabel("Bijdrage voortzetten") @NotNull(message = "Geef aan of uw organisatie de bijdrage voortzet.") Boolean contributionContinues,
      @FieldLabel("Bedrag volgend jaar") @DecimalMin(value = "0", message = "Het bedrag kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Een bedrag van meer dan € 10 miljoen per jaar is onwaarschijnlijk.") BigDecimal nextYearAmountEuro,
      @FieldLabel("Uren volgend jaar") @Min(value = 0, message = "Het aantal uren kan niet negatief zijn.")
      @Max(value = 10000, message = "Meer dan 10.000 uur per jaar is onwaarschijnlijk.") Integer nextYearHoursPerYear,
      @FieldLabel("Opmerking") @Size(max = 2000, message = "De opmerking mag hoogstens 2000 tekens lang zijn.") String remark) {}

  public record Evaluation(
      @FieldLabel("Besluit") @NotNull(message = "Kies het besluit over het contract.")
      @Pattern(regexp = "renew|structural|end", message = "Het besluit is 'renew', 'structural' of 'end'.") String renewalDecision,
      @FieldLabel("Toelichting") @Size(max = 4000, message = "De toelichting mag hoogstens 4000 tekens lang zijn.") String evaluationRemarks) {}

  public record StructuralFundingForm(
      @FieldLabel("Vaste aanstelling") Boolean permanentContract,
      @FieldLabel("Financieringsbron") @NotBlank(message = "Vul de structurele financieringsbron in.")
      @Size(max = 1000, message = "De financieringsbron mag hoogstens 1000 tekens lang zijn.") String fundingSource,
      @FieldLabel("Ingangsdatum") @NotNull(message = "Vul de ingangsdatum in.") LocalDate effectiveDate) {}

  /** The aanvoerder's intention for next year, with next year's hours and costs and the spelers it adds. */
  public record NextYearForm(
      @FieldLabel("Voornemen werkgever") @NotNull(message = "Kies of u het contract volgend jaar wilt voortzetten.")
      @Pattern(regexp = "continue|end", message = "Het voornemen is 'continue' of 'end'.") String contractIntention,
      @FieldLabel("Uren per week") @DecimalMin(value = "1", message = "Het aantal uren per week is minstens 1.")
      @DecimalMax(value = "40", message = "Het aantal uren per week is hoogstens 40.") BigDecimal nextYearHoursPerWeek,
      @FieldLabel("Loonkosten per fte") @DecimalMin(value = "0", message = "De loonkosten kunnen niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Loonkosten van meer dan € 10 miljoen per fte zijn onwaarschijnlijk.") BigDecimal nextYearAnnualCostPerFte,
      @FieldLabel("Overige kosten") @DecimalMin(value = "0", message = "De overige kosten kunnen niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Overige kosten van meer dan € 10 miljoen zijn onwaarschijnlijk.") BigDecimal nextYearOtherCostsEuro,
      @FieldLabel("Nieuwe spelers") @Size(max = 20, message = "Voeg hoogstens 20 nieuwe spelers tegelijk toe.")
      List<@Valid @NotNull(message = "Een nieuwe bijdrage is leeg.") NewContribution> newContributions,
      @FieldLabel("Toelichting") @Size(max = 4000, message = "De toelichting mag hoogstens 4000 tekens lang zijn.") String intentionRemarks) {

    List<NewContribution> added() { return newContributions == null ? List.of() : newContributions; }
  }

  /** A speler joining at renewal, as at intake. */
  public record NewContribution(
      @NotBlank(message = "Vul bij elke nieuwe bijdrage de speler (organisatie) in.") String organization,
      @NotBlank(message = "Kies bij elke nieuwe bijdrage de soort.") String kind,
      @DecimalMin(value = "0", message = "Een bedrag kan niet negatief zijn.")
      @DecimalMax(value = "10000000", message = "Een bedrag van meer dan € 10 miljoen per jaar is onwaarschijnlijk.") BigDecimal amountEuro,
      @Min(value = 0, message = "Een aantal uren kan niet negatief zijn.")
      @Max(value = 10000, message = "Meer dan 10.000 uur per jaar is onwaarschijnlijk.") Integer hoursPerYear,
      @Size(max = 500, message = "Een omschrijving mag hoogstens 500 tekens lang zijn.") String description) {}

  /** The joint conversation over an unsound budget: knelpunten samen oplossen. */
  public record Conversation(
      @FieldLabel("Datum van het gesprek") @NotNull(message = "Vul de datum van het gesprek in.") LocalDate conversationDate,
      @FieldLabel("Aanwezige organisaties") @NotEmpty(message = "Kies de organisaties die bij het gesprek waren.")
      List<@NotBlank(message = "Een aanwezige organisatie is leeg.") String> conversationAttendees,
      @FieldLabel("Afgesproken oplossing") @NotBlank(message = "Beschrijf de afgesproken oplossing.")
      @Size(max = 4000, message = "De afgesproken oplossing mag hoogstens 4000 tekens lang zijn.") String agreedSolution) {}

  /** The gemeente's decision on next year's fte and Rijk money. */
  public record FundingDecision(
      @FieldLabel("Besluit gemeente") @NotNull(message = "Kies het besluit over de fte en de rijksbijdrage.")
      @Pattern(regexp = "continue|structural|stop", message = "Het besluit is 'continue', 'structural' of 'stop'.") String fundingDecision,
      @FieldLabel("Toelichting") @Size(max = 4000, message = "De toelichting mag hoogstens 4000 tekens lang zijn.") String evaluationRemarks) {}

  /** The aanvoerder's decision, as employer, on the employment contract. */
  public record ContractDecision(
      @FieldLabel("Besluit werkgever") @NotNull(message = "Kies het besluit over het arbeidscontract.")
      @Pattern(regexp = "renew|end", message = "Het besluit is 'renew' of 'end'.") String contractDecision,
      @FieldLabel("Toelichting") @Size(max = 4000, message = "De toelichting mag hoogstens 4000 tekens lang zijn.") String contractRemarks) {}
}
