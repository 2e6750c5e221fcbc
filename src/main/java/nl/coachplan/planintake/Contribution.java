package nl.coachplan.planintake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import nl.coachplan.funding.Pledge;
import nl.coachplan.organisation.Organisation;

/** One speler's pledge to a plan (money per year or in kind) and its confirmation. */
@Entity
public class Contribution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Organisation organisation;
  private String kind;
  private BigDecimal amountEuro;
  private Integer hoursPerYear;
  private String description;
  @Enumerated(EnumType.STRING)
  private ContributionStatus status;
  private BigDecimal confirmedAmountEuro;
  private Integer confirmedHoursPerYear;
  private String remark;
  private String answeredBy;
  private Instant answeredAt;
  private Instant followedUpAt;
  private String followUpNote;
  @Version
  private long version;

  protected Contribution() {}

  Contribution(Plan plan, Organisation organisation, String kind) {
    this.plan = plan;
    this.organisation = organisation;
    this.kind = kind;
    this.status = ContributionStatus.PENDING;
  }

  /** Sets the pledge; a changed pledge must be confirmed again. */
  void pledge(BigDecimal amountEuro, Integer hoursPerYear, String description) {
    boolean changed = !Objects.equals(normal(this.amountEuro), normal(amountEuro))
        || !Objects.equals(this.hoursPerYear, hoursPerYear)
        || !Objects.equals(this.description, description);
    this.amountEuro = amountEuro;
    this.hoursPerYear = hoursPerYear;
    this.description = description;
    if (changed) {
      status = ContributionStatus.PENDING;
      confirmedAmountEuro = null;
      confirmedHoursPerYear = null;
      answeredAt = null;
      answeredBy = null;
    }
  }

  void answer(boolean confirmed, BigDecimal amountEuro, Integer hoursPerYear, String remark, String by, Instant at) {
    this.status = confirmed ? ContributionStatus.CONFIRMED : ContributionStatus.DECLINED;
    this.confirmedAmountEuro = confirmed ? amountEuro : null;
    this.confirmedHoursPerYear = confirmed ? hoursPerYear : null;
    this.remark = remark;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  /** The speler's pledge for the next contract year, from its reconfirmation. */
  void carryOver(boolean continues, BigDecimal amountEuro, Integer hoursPerYear) {
    if (continues) {
      this.confirmedAmountEuro = amountEuro;
      this.confirmedHoursPerYear = hoursPerYear;
    } else {
      this.status = ContributionStatus.STOPPED;
    }
  }

  /** What the speler pledges for next year, as the funding rules count it. */
  public Pledge pledgeOf(BigDecimal amountEuro, Integer hoursPerYear) {
    return new Pledge(organisation.isGemeente(), isMoney(), amountEuro, hoursPerYear);
  }

  void followedUp(String note, Instant at) {
    this.followUpNote = note;
    this.followedUpAt = at;
  }

  public boolean isMoney() { return "money".equals(kind); }

  /** The pledge as the funding rules count it, only once confirmed. */
  Pledge confirmedPledge() {
    return new Pledge(organisation.isGemeente(), isMoney(), confirmedAmountEuro, confirmedHoursPerYear);
  }

  private static BigDecimal normal(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  public Long getId() { return id; }
  public Plan getPlan() { return plan; }
  public Organisation getOrganisation() { return organisation; }
  public String getKind() { return kind; }
  public BigDecimal getAmountEuro() { return amountEuro; }
  public Integer getHoursPerYear() { return hoursPerYear; }
  public String getDescription() { return description; }
  public ContributionStatus getStatus() { return status; }
  public BigDecimal getConfirmedAmountEuro() { return confirmedAmountEuro; }
  public Integer getConfirmedHoursPerYear() { return confirmedHoursPerYear; }
  public String getRemark() { return remark; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getAnsweredAt() { return answeredAt; }
  public Instant getFollowedUpAt() { return followedUpAt; }
  public String getFollowUpNote() { return followUpNote; }
}
