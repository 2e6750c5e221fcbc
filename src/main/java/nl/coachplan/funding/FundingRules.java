package nl.coachplan.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The funding rules of the Brede Regeling Combinatiefuncties in one place: the Rijk pays a fixed
 * amount per fte, local cofinancing (aanvoerder, spelers' confirmed money, gemeente, and in kind
 * only where the round allows) must cover at least the round's minimum share of the cost.
 */
@Component
public class FundingRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal fullTimeHours;

  /**
   * The municipality's full-time week ({@code coachplan.municipality.full-time-hours}; the older key
   * still counts): an employer's unless its profile states another.
   */
  public FundingRules(@Value("${coachplan.municipality.full-time-hours:${coachplan.full-time-hours:36}}") BigDecimal fullTimeHours) {
    if (fullTimeHours.signum() <= 0) {
      throw new IllegalArgumentException("coachplan.municipality.full-time-hours must be positive");
    }
    this.fullTimeHours = fullTimeHours;
  }

  public BigDecimal fullTimeHours() {
    return fullTimeHours;
  }

  /** fte = hours per week / the employer's full-time week (a CAO may say 38 or 40), to four decimals. */
  public BigDecimal fteFromHours(BigDecimal hoursPerWeek, BigDecimal employersFullTimeHours) {
    return hoursPerWeek.divide(employersFullTimeHours, 4, RoundingMode.HALF_UP);
  }

  /**
   * What a year has left of the Rijk's allocation once approved, unfilled plans and the coaches in
   * service take theirs. Below zero when a later round stated less than the year already holds.
   */
  public BigDecimal availableFte(BigDecimal allocatedFte, BigDecimal committedFte, BigDecimal filledFte) {
    return allocatedFte.subtract(committedFte).subtract(filledFte);
  }

  public Financing finance(FundingTerms terms, BigDecimal fte, BigDecimal annualCostPerFte,
      BigDecimal otherCostsEuro, boolean aanvoerderIsGemeente, BigDecimal aanvoerderContributionEuro,
      List<Pledge> confirmedPledges) {
    BigDecimal total = euro(annualCostPerFte.multiply(fte).add(otherCostsEuro));
    // The Rijk pays per fte, but never more than the coach costs.
    BigDecimal rijk = euro(terms.rijksbijdragePerFte().multiply(fte)).min(total);

    BigDecimal aanvoerder = aanvoerderIsGemeente ? BigDecimal.ZERO : euro(aanvoerderContributionEuro);
    BigDecimal gemeente = aanvoerderIsGemeente ? euro(aanvoerderContributionEuro) : BigDecimal.ZERO;
    BigDecimal spelers = BigDecimal.ZERO;
    BigDecimal inKind = BigDecimal.ZERO;
    int inKindHours = 0;
    for (Pledge pledge : confirmedPledges) {
      BigDecimal amount = pledge.amountEuro() == null ? BigDecimal.ZERO : euro(pledge.amountEuro());
      if (!pledge.money()) {
        inKind = inKind.add(amount);
        inKindHours += pledge.hoursPerYear() == null ? 0 : pledge.hoursPerYear();
      } else if (pledge.fromGemeente()) {
        gemeente = gemeente.add(amount);
      } else {
        spelers = spelers.add(amount);
      }
    }
    BigDecimal local = aanvoerder.add(spelers).add(gemeente)
        .add(terms.inKindCountsAsCofinancing() ? inKind : BigDecimal.ZERO);
    BigDecimal localMinimum = euro(total.multiply(BigDecimal.valueOf(terms.localShareMinimumPercent())).divide(HUNDRED));

    List<String> problems = new ArrayList<>();
    if (rijk.add(local).compareTo(total) < 0) {
      problems.add("Rijksbijdrage en lokale cofinanciering (€ " + plain(rijk.add(local))
          + ") dekken de totale kosten (€ " + plain(total) + ") niet; er ontbreekt € "
          + plain(total.subtract(rijk).subtract(local)) + ".");
    }
    if (local.compareTo(localMinimum) < 0) {
      problems.add("De lokale cofinanciering (€ " + plain(local) + ") is minder dan "
          + terms.localShareMinimumPercent() + "% van de totale kosten (€ " + plain(localMinimum) + ").");
    }
    return new Financing(fte, total, rijk, aanvoerder, spelers, gemeente, inKind, inKindHours, local,
        localMinimum, problems.isEmpty(), List.copyOf(problems));
  }

  private static BigDecimal euro(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
