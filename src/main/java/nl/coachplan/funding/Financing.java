package nl.coachplan.funding;

import java.math.BigDecimal;
import java.util.List;

/** A coach's cost and financing per year, computed by {@link FundingRules}. */
public record Financing(
    BigDecimal fte,
    BigDecimal totalCostEuro,
    BigDecimal rijkEuro,
    BigDecimal aanvoerderEuro,
    BigDecimal spelersEuro,
    BigDecimal gemeenteEuro,
    BigDecimal inKindEuro,
    int inKindHoursPerYear,
    BigDecimal localEuro,
    BigDecimal localMinimumEuro,
    boolean sound,
    List<String> problems) {

  /** Share of the total cost paid locally, in percent (0 when there is no cost). */
  public BigDecimal localSharePercent() {
    if (totalCostEuro.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return localEuro.multiply(BigDecimal.valueOf(100)).divide(totalCostEuro, 1, java.math.RoundingMode.HALF_UP);
  }
}
