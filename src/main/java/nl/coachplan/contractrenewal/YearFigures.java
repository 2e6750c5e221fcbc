package nl.coachplan.contractrenewal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;
import java.time.Instant;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.planintake.Budget;
import nl.coachplan.planintake.Profile;

/**
 * A contract year's figures for the monitor, frozen when the year is reported (or, at the latest,
 * decided): the plan's budget and profile are rewritten by a renewal, these never are.
 */
@Entity
public class YearFigures {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Contract contract;
  private String profileType;
  private String localTitle;
  private BigDecimal hoursPerWeek;
  private BigDecimal fte;
  private BigDecimal totalCostEuro;
  private BigDecimal rijkEuro;
  private BigDecimal aanvoerderEuro;
  private BigDecimal spelersEuro;
  private BigDecimal gemeenteEuro;
  private BigDecimal inKindEuro;
  private Integer inKindHoursPerYear;
  private Integer participantsReached;
  private String frozenBy;
  private Instant frozenAt;

  protected YearFigures() {}

  YearFigures(Contract contract, Profile profile, Budget budget, Integer participantsReached, String by, Instant at) {
    this.contract = contract;
    this.profileType = profile == null ? contract.getPlan().getProfileType() : profile.getProfileType();
    this.localTitle = profile == null ? null : profile.getLocalTitle();
    this.hoursPerWeek = contract.getHoursPerWeek();
    this.fte = contract.getFte();
    if (budget != null) {
      this.totalCostEuro = budget.getTotalCostEuro();
      this.rijkEuro = budget.getRijkEuro();
      this.aanvoerderEuro = budget.getAanvoerderEuro();
      this.spelersEuro = budget.getSpelersEuro();
      this.gemeenteEuro = budget.getGemeenteEuro();
      this.inKindEuro = budget.getInKindEuro();
      this.inKindHoursPerYear = budget.getInKindHoursPerYear();
    }
    this.participantsReached = participantsReached;
    this.frozenBy = by;
    this.frozenAt = at;
  }

  /** The participants are the report's; frozen with it, or added when the figures were frozen first. */
  void reached(Integer participants) {
    if (participants != null) {
      this.participantsReached = participants;
    }
  }

  public Contract getContract() { return contract; }
  public String getProfileType() { return profileType; }
  public String getLocalTitle() { return localTitle; }
  public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
  public BigDecimal getFte() { return fte; }
  public BigDecimal getTotalCostEuro() { return totalCostEuro; }
  public BigDecimal getRijkEuro() { return rijkEuro; }
  public BigDecimal getAanvoerderEuro() { return aanvoerderEuro; }
  public BigDecimal getSpelersEuro() { return spelersEuro; }
  public BigDecimal getGemeenteEuro() { return gemeenteEuro; }
  public BigDecimal getInKindEuro() { return inKindEuro; }
  public Integer getInKindHoursPerYear() { return inKindHoursPerYear; }
  public Integer getParticipantsReached() { return participantsReached; }
  public Instant getFrozenAt() { return frozenAt; }
}
