package nl.coachplan.coachhiring;

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
import java.time.LocalDate;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;

/** One yearly contract of a post's coach with the aanvoerder; renewal adds the next year. */
@Entity
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  /** The post's plan, kept on the contract for the queries over a round's or a year's contracts. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Post post;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Coach coach;
  private int contractYear;
  private LocalDate startDate;
  private LocalDate endDate;
  private BigDecimal hoursPerWeek;
  private BigDecimal fte;
  @Enumerated(EnumType.STRING)
  private ContractStatus status;
  /** From this day the coach is paid locally (structural funding): the Rijk's fte are free again. */
  private LocalDate locallyFundedFrom;
  private String advice;
  private String adviceReason;
  private String decision;
  private String decisionRemarks;
  private String decidedBy;
  private Instant decidedAt;
  @Version
  private long version;

  protected Contract() {}

  Contract(Post post, Coach coach, int contractYear, LocalDate startDate, LocalDate endDate, BigDecimal hoursPerWeek, BigDecimal fte) {
    this.plan = post.getPlan();
    this.post = post;
    this.coach = coach;
    this.contractYear = contractYear;
    this.startDate = startDate;
    this.endDate = endDate;
    this.hoursPerWeek = hoursPerWeek;
    this.fte = fte;
    this.status = ContractStatus.ACTIVE;
  }

  /** The same coach, hours and fte for the year after this one. */
  public Contract nextYear() {
    return nextYear(hoursPerWeek, fte);
  }

  /** The same coach for the year after this one, with the hours the employer agreed at renewal. */
  public Contract nextYear(BigDecimal hoursPerWeek, BigDecimal fte) {
    LocalDate start = endDate.plusDays(1);
    return new Contract(post, coach, contractYear + 1, start, start.plusYears(1).minusDays(1), hoursPerWeek, fte);
  }

  public void advise(String advice, String reason) {
    this.advice = advice;
    this.adviceReason = reason;
  }

  public void decide(String decision, String remarks, String by, Instant at) {
    this.decision = decision;
    this.decisionRemarks = remarks;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** The year's outcome: renewed or ended. */
  public void conclude(ContractStatus outcome) {
    if (outcome == ContractStatus.STRUCTURAL) {
      throw new IllegalArgumentException("Structural funding has its day: fundLocallyFrom");
    }
    this.status = outcome;
  }

  /** Structurally funded: paid locally from this day, so the Rijk's fte are free from then on. */
  public void fundLocallyFrom(LocalDate day) {
    this.status = ContractStatus.STRUCTURAL;
    this.locallyFundedFrom = day;
  }

  public Long getId() { return id; }
  public Plan getPlan() { return plan; }
  public Post getPost() { return post; }
  public Coach getCoach() { return coach; }
  public int getContractYear() { return contractYear; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getEndDate() { return endDate; }
  public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
  public BigDecimal getFte() { return fte; }
  public ContractStatus getStatus() { return status; }
  public LocalDate getLocallyFundedFrom() { return locallyFundedFrom; }
  public String getAdvice() { return advice; }
  public String getAdviceReason() { return adviceReason; }
  public String getDecision() { return decision; }
  public String getDecisionRemarks() { return decisionRemarks; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
