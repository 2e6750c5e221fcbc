package nl.coachplan.planintake;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import nl.coachplan.funding.Financing;

/** Cost and financing of the coach per year, as last computed by the funding rules. */
@Entity
public class Budget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  private String salaryScale;
  private BigDecimal annualCostPerFte;
  private BigDecimal otherCostsEuro;
  private BigDecimal fte;
  private BigDecimal totalCostEuro;
  private BigDecimal rijkEuro;
  private BigDecimal aanvoerderEuro;
  private BigDecimal spelersEuro;
  private BigDecimal gemeenteEuro;
  private BigDecimal inKindEuro;
  private int inKindHoursPerYear;
  private BigDecimal localEuro;
  private boolean sound;
  @Version
  private long version;

  protected Budget() {}

  Budget(Plan plan) {
    this.plan = plan;
  }

  void draft(String salaryScale, BigDecimal annualCostPerFte, BigDecimal otherCostsEuro, Financing financing) {
    this.salaryScale = salaryScale;
    this.annualCostPerFte = annualCostPerFte;
    this.otherCostsEuro = otherCostsEuro;
    this.fte = financing.fte();
    this.totalCostEuro = financing.totalCostEuro();
    this.rijkEuro = financing.rijkEuro();
    this.aanvoerderEuro = financing.aanvoerderEuro();
    this.spelersEuro = financing.spelersEuro();
    this.gemeenteEuro = financing.gemeenteEuro();
    this.inKindEuro = financing.inKindEuro();
    this.inKindHoursPerYear = financing.inKindHoursPerYear();
    this.localEuro = financing.localEuro();
    this.sound = financing.sound();
  }

  public Plan getPlan() { return plan; }
  public String getSalaryScale() { return salaryScale; }
  public BigDecimal getAnnualCostPerFte() { return annualCostPerFte; }
  public BigDecimal getOtherCostsEuro() { return otherCostsEuro; }
  public BigDecimal getFte() { return fte; }
  public BigDecimal getTotalCostEuro() { return totalCostEuro; }
  public BigDecimal getRijkEuro() { return rijkEuro; }
  public BigDecimal getAanvoerderEuro() { return aanvoerderEuro; }
  public BigDecimal getSpelersEuro() { return spelersEuro; }
  public BigDecimal getGemeenteEuro() { return gemeenteEuro; }
  public BigDecimal getInKindEuro() { return inKindEuro; }
  public int getInKindHoursPerYear() { return inKindHoursPerYear; }
  public BigDecimal getLocalEuro() { return localEuro; }
  public boolean isSound() { return sound; }
}
