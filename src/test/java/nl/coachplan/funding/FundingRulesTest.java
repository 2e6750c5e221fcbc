package nl.coachplan.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingRulesTest {

  private final FundingRules rules = new FundingRules(new BigDecimal("36"));
  private final FundingTerms soest = new FundingTerms(new BigDecimal("20000"), 60, false);

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void fteIsHoursPerWeekOverTheEmployersFullTimeWeek() {
    assertThat(rules.fteFromHours(eur("36"), rules.fullTimeHours())).isEqualByComparingTo("1");
    assertThat(rules.fteFromHours(eur("28"), rules.fullTimeHours())).isEqualByComparingTo("0.7778");
    assertThat(rules.fteFromHours(eur("18"), rules.fullTimeHours())).isEqualByComparingTo("0.5");
    // A CAO of 38 or 40 hours: the same hours are less of a post.
    assertThat(rules.fteFromHours(eur("36"), eur("40"))).isEqualByComparingTo("0.9");
    assertThat(rules.fteFromHours(eur("28.8"), eur("38"))).isEqualByComparingTo("0.7579");
  }

  @Test
  void theFullTimeWeekMustBePositive() {
    assertThatThrownBy(() -> new FundingRules(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearsAvailableFteAreTheAllocationLessWhatPlansAndCoachesHold() {
    assertThat(rules.availableFte(eur("6.8"), eur("1.0"), eur("4.8"))).isEqualByComparingTo("1.0");
    assertThat(rules.availableFte(eur("5.0"), eur("0"), eur("5.8"))).as("a later round stated less").isEqualByComparingTo("-0.8");
  }

  @Test
  void theRijkPaysItsAmountPerFteAndLocalMoneyCoversTheRest() {
    Financing f = rules.finance(soest, BigDecimal.ONE, eur("50000"), eur("2000"), false, eur("26000"),
        List.of(new Pledge(false, true, eur("2500"), null), new Pledge(false, true, eur("3500"), null)));

    assertThat(f.totalCostEuro()).isEqualByComparingTo("52000");
    assertThat(f.rijkEuro()).isEqualByComparingTo("20000");
    assertThat(f.aanvoerderEuro()).isEqualByComparingTo("26000");
    assertThat(f.spelersEuro()).isEqualByComparingTo("6000");
    assertThat(f.localEuro()).isEqualByComparingTo("32000");
    assertThat(f.localMinimumEuro()).isEqualByComparingTo("31200");
    assertThat(f.sound()).isTrue();
    assertThat(f.localSharePercent()).isEqualByComparingTo("61.5");
  }

  @Test
  void theRijkShareScalesWithFte() {
    Financing f = rules.finance(soest, eur("0.7778"), eur("52000"), eur("1500"), false, eur("30000"), List.of());
    assertThat(f.rijkEuro()).isEqualByComparingTo("15556.00");
    assertThat(f.totalCostEuro()).isEqualByComparingTo("41945.60");
  }

  @Test
  void localCofinancingBelowTheMinimumShareIsNotSound() {
    // Covered in total (Rijk 20,000 + local 30,000 = 50,000) but local is 57.7% of 52,000, below 60%.
    Financing f = rules.finance(soest, BigDecimal.ONE, eur("50000"), eur("2000"), false, eur("30000"), List.of());
    assertThat(f.sound()).isFalse();
    assertThat(f.problems()).anyMatch(p -> p.contains("minder dan 60%"));
  }

  @Test
  void costsNotCoveredAreNotSound() {
    Financing f = rules.finance(soest, BigDecimal.ONE, eur("60000"), BigDecimal.ZERO, false, eur("36000"), List.of());
    assertThat(f.sound()).isFalse();
    assertThat(f.problems()).anyMatch(p -> p.contains("ontbreekt € 4000.00"));
  }

  @Test
  void inKindIsRecordedButCountsOnlyWhereTheRoundSaysSo() {
    List<Pledge> pledges = List.of(new Pledge(false, true, eur("28000"), null),
        new Pledge(false, false, eur("4000"), 200));

    Financing without = rules.finance(soest, BigDecimal.ONE, eur("50000"), eur("2000"), false, BigDecimal.ZERO, pledges);
    assertThat(without.inKindEuro()).isEqualByComparingTo("4000");
    assertThat(without.inKindHoursPerYear()).isEqualTo(200);
    assertThat(without.localEuro()).isEqualByComparingTo("28000");
    assertThat(without.sound()).isFalse();

    FundingTerms counting = new FundingTerms(eur("20000"), 60, true);
    Financing with = rules.finance(counting, BigDecimal.ONE, eur("50000"), eur("2000"), false, BigDecimal.ZERO, pledges);
    assertThat(with.localEuro()).isEqualByComparingTo("32000");
    assertThat(with.sound()).isTrue();
  }

  @Test
  void theGemeenteShareIsKeptApartFromSpelersAndAanvoerders() {
    Financing asSpeler = rules.finance(soest, BigDecimal.ONE, eur("50000"), BigDecimal.ZERO, false, eur("20000"),
        List.of(new Pledge(true, true, eur("10000"), null), new Pledge(false, true, eur("1000"), null)));
    assertThat(asSpeler.gemeenteEuro()).isEqualByComparingTo("10000");
    assertThat(asSpeler.spelersEuro()).isEqualByComparingTo("1000");
    assertThat(asSpeler.aanvoerderEuro()).isEqualByComparingTo("20000");

    Financing asAanvoerder = rules.finance(soest, BigDecimal.ONE, eur("50000"), BigDecimal.ZERO, true, eur("30000"), List.of());
    assertThat(asAanvoerder.gemeenteEuro()).isEqualByComparingTo("30000");
    assertThat(asAanvoerder.aanvoerderEuro()).isEqualByComparingTo("0");
    assertThat(asAanvoerder.sound()).isTrue();
  }

  @Test
  void theRijkNeverPaysMoreThanTheCoachCosts() {
    Financing f = rules.finance(soest, BigDecimal.ONE, eur("15000"), BigDecimal.ZERO, false, eur("9000"), List.of());
    assertThat(f.rijkEuro()).isEqualByComparingTo("15000");
  }
}
