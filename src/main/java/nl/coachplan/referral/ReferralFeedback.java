package nl.coachplan.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One answer of the provider on a referral: started, not started, stopped, still taking part. */
@Entity
public class ReferralFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Referral referral;
  @Enumerated(EnumType.STRING)
  private ReferralStatus status;
  private String note;
  private String givenBy;
  private Instant givenAt;

  protected ReferralFeedback() {}

  ReferralFeedback(Referral referral, ReferralStatus status, String note, String givenBy, Instant givenAt) {
    this.referral = referral;
    this.status = status;
    this.note = note;
    this.givenBy = givenBy;
    this.givenAt = givenAt;
  }

  public ReferralStatus getStatus() { return status; }
  public String getNote() { return note; }
  public String getGivenBy() { return givenBy; }
  public Instant getGivenAt() { return givenAt; }
}
