package nl.coachplan.referral;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.organisation.Wijk;

/**
 * Someone referred to an activity, without any personal data: the activity, the wijk, who asked
 * (the source) and a short note. The person is handed over warm, outside the system; the provider
 * tells the referrer how it goes (seed 003: regelmatige terugkoppeling).
 */
@Entity
public class Referral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Activity activity;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Wijk wijk;
  private String source;
  private String note;
  private String referredBy;
  private Instant referredAt;
  @Enumerated(EnumType.STRING)
  private ReferralStatus status;
  private Instant answeredAt;
  private int reminders;
  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
  @OrderBy("givenAt")
  private List<ReferralFeedback> feedback = new ArrayList<>();

  protected Referral() {}

  Referral(Activity activity, Wijk wijk, String source, String note, String referredBy, Instant now) {
    this.activity = activity;
    this.wijk = wijk;
    this.source = source;
    this.note = note;
    this.referredBy = referredBy;
    this.referredAt = now;
    this.status = ReferralStatus.AWAITING;
  }

  /** The provider's answer. True when it is the first: the referral then no longer waits. */
  boolean answer(ReferralStatus answer, String note, String by, Instant now) {
    boolean first = answeredAt == null;
    feedback.add(new ReferralFeedback(this, answer, note, by, now));
    status = answer;
    if (first) {
      answeredAt = now;
    }
    return first;
  }

  void reminded() {
    reminders++;
  }

  public static String businessKey(Long id) {
    return "R-" + id;
  }

  public String businessKey() {
    return businessKey(id);
  }

  public Long getId() { return id; }
  public Activity getActivity() { return activity; }
  public Wijk getWijk() { return wijk; }
  public String getSource() { return source; }
  public String getNote() { return note; }
  public String getReferredBy() { return referredBy; }
  public Instant getReferredAt() { return referredAt; }
  public ReferralStatus getStatus() { return status; }
  public Instant getAnsweredAt() { return answeredAt; }
  public int getReminders() { return reminders; }
  public List<ReferralFeedback> getFeedback() { return feedback; }
}
