package nl.coachplan.contractrenewal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.planintake.Contribution;

/** A speler's answer, at the end of a contract year, whether its contribution continues next year. */
@Entity
public class Reconfirmation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Contract contract;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Contribution contribution;
  private boolean continues;
  private BigDecimal amountEuro;
  private Integer hoursPerYear;
  private String remark;
  private String answeredBy;
  private Instant answeredAt;

  protected Reconfirmation() {}

  Reconfirmation(Contract contract, Contribution contribution, boolean continues, BigDecimal amountEuro, Integer hoursPerYear,
      String remark, String answeredBy, Instant answeredAt) {
    this.contract = contract;
    this.contribution = contribution;
    this.continues = continues;
    this.amountEuro = continues ? amountEuro : null;
    this.hoursPerYear = continues ? hoursPerYear : null;
    this.remark = remark;
    this.answeredBy = answeredBy;
    this.answeredAt = answeredAt;
  }

  public Long getId() { return id; }
  public Contract getContract() { return contract; }
  public Contribution getContribution() { return contribution; }
  public boolean isContinues() { return continues; }
  public BigDecimal getAmountEuro() { return amountEuro; }
  public Integer getHoursPerYear() { return hoursPerYear; }
  public String getRemark() { return remark; }
  public Instant getAnsweredAt() { return answeredAt; }
}
