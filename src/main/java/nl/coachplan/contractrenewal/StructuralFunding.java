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
import nl.coachplan.planintake.Post;

/** The goal of the aanpak, reached for a post: its coach is embedded with the aanvoerder and funded without yearly renewal. */
@Entity
public class StructuralFunding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Post post;
  private boolean permanentContract;
  private String fundingSource;
  private LocalDate effectiveDate;
  private String recordedBy;
  private Instant recordedAt;

  protected StructuralFunding() {}

  StructuralFunding(Post post, boolean permanentContract, String fundingSource, LocalDate effectiveDate, String recordedBy, Instant recordedAt) {
    this.post = post;
    this.permanentContract = permanentContract;
    this.fundingSource = fundingSource;
    this.effectiveDate = effectiveDate;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Post getPost() { return post; }
  public Plan getPlan() { return post.getPlan(); }
  public boolean isPermanentContract() { return permanentContract; }
  public String getFundingSource() { return fundingSource; }
  public LocalDate getEffectiveDate() { return effectiveDate; }
  public Instant getRecordedAt() { return recordedAt; }
}
