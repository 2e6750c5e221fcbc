package nl.coachplan.contractrenewal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.LocalDate;
import nl.coachplan.planintake.Plan;

/** The goal of the aanpak, reached: the coach is embedded with the aanvoerder and funded without yearly renewal. */
@Entity
public class StructuralFunding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  private boolean permanentContract;
  private String fundingSource;
  private LocalDate effectiveDate;
  private String recordedBy;
  private Instant recordedAt;

  protected StructuralFunding() {}

  StructuralFunding(Plan plan, boolean permanentContract, String fundingSource, LocalDate effectiveDate, String recordedBy, Instant recordedAt) {
    this.plan = plan;
    this.permanentContract = permanentContract;
    this.fundingSource = fundingSource;
    this.effectiveDate = effectiveDate;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Plan getPlan() { return plan; }
  public boolean isPermanentContract() { return permanentContract; }
  public String getFundingSource() { return fundingSource; }
  public LocalDate getEffectiveDate() { return effectiveDate; }
  public Instant getRecordedAt() { return recordedAt; }
}
