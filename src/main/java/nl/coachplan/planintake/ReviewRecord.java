package nl.coachplan.planintake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A decision on a plan with its remarks and tips: screening, joint review, budget review or withdrawal. */
@Entity
public class ReviewRecord {

  public enum Kind {
    SCREENING("Screening"), JOINT_REVIEW("Gezamenlijke bespreking"), BUDGET_REVIEW("Beoordeling profiel en begroting"),
    WITHDRAWAL("Intrekking");

    private final String label;

    Kind(String label) { this.label = label; }

    public String label() { return label; }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String outcome;
  private String remarks;
  private String tips;
  private String policyGoals;
  private String attendees;
  private LocalDate reviewDate;
  private BigDecimal approvedFte;
  private String recordedBy;
  private Instant recordedAt;

  protected ReviewRecord() {}

  ReviewRecord(Plan plan, Kind kind, String outcome, String remarks, String recordedBy, Instant recordedAt) {
    this.plan = plan;
    this.kind = kind;
    this.outcome = outcome;
    this.remarks = remarks;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  ReviewRecord jointReview(LocalDate date, String attendees, String policyGoals, String tips, BigDecimal approvedFte) {
    this.reviewDate = date;
    this.attendees = attendees;
    this.policyGoals = policyGoals;
    this.tips = tips;
    this.approvedFte = approvedFte;
    return this;
  }

  public Long getId() { return id; }
  public Plan getPlan() { return plan; }
  public Kind getKind() { return kind; }
  public String getOutcome() { return outcome; }
  public String getRemarks() { return remarks; }
  public String getTips() { return tips; }
  public String getPolicyGoals() { return policyGoals; }
  public String getAttendees() { return attendees; }
  public LocalDate getReviewDate() { return reviewDate; }
  public BigDecimal getApprovedFte() { return approvedFte; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
