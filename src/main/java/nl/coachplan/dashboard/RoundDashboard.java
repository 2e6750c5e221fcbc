package nl.coachplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A round at a glance: fte, stages, financing, expiring contracts, overdue work, and one page of
 * the plans' roads ({@code planCount} plans in all; the page keeps the answer the same size at any scale).
 */
public record RoundDashboard(
    int year,
    BigDecimal grantedFte,
    BigDecimal approvedFte,
    BigDecimal filledFte,
    Map<String, Long> plansByStage,
    Funding funding,
    List<ExpiringContract> contractsExpiringWithin90Days,
    Map<String, Long> overdueTasksByParty,
    List<PlanRow> plans,
    long planCount,
    int page,
    int pageSize) {

  /** The financing of the round's running plans (hiring, active, structural), per year. */
  public record Funding(BigDecimal rijkEuro, BigDecimal aanvoerdersEuro, BigDecimal spelersEuro, BigDecimal gemeenteEuro,
      BigDecimal inKindEuro, long inKindHoursPerYear) {

    public BigDecimal totalEuro() {
      return rijkEuro.add(aanvoerdersEuro).add(spelersEuro).add(gemeenteEuro).add(inKindEuro);
    }
  }

  public record ExpiringContract(String reference, String title, String coach, int contractYear, LocalDate endDate) {}
}
