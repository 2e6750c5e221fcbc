package nl.coachplan.activitylisting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Wijk;

/**
 * A sport or exercise activity a provider offers in one or more wijken, with the five criteria of
 * seed 003 as the provider states them and as the coordinator agreed them. Referrers see it only
 * when all five are agreed ({@link ActivityStatus#LISTED}).
 */
@Entity
public class Activity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Organisation provider;
  @ManyToMany
  @JoinTable(name = "activity_wijk", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "wijk_id"))
  @OrderBy("code")
  @org.hibernate.annotations.BatchSize(size = 100) // a page of activities reads its wijken in one query
  private List<Wijk> wijken = new ArrayList<>();
  private String title;
  private String description;
  private String targetGroups;
  private String schedule;
  private String place;
  private BigDecimal costPerMonthEuro;
  private boolean openToVulnerableGroups;
  private boolean welcomesNewParticipants;
  private boolean safeGuidance;
  private boolean qualityAndContinuity;
  private boolean givesFeedback;
  private boolean agreedOpenToVulnerableGroups;
  private boolean agreedWelcomesNewParticipants;
  private boolean agreedSafeGuidance;
  private boolean agreedQualityAndContinuity;
  private boolean agreedGivesFeedback;
  private String agreementRemarks;
  private String agreedBy;
  private Instant agreedAt;
  @Enumerated(EnumType.STRING)
  private ActivityStatus status;
  private String createdBy;
  private Instant createdAt;
  private Instant changedAt;

  protected Activity() {}

  Activity(Organisation provider, String createdBy, Instant now) {
    this.provider = provider;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.changedAt = now;
    this.status = ActivityStatus.PROPOSED;
  }

  /**
   * Sets what the provider offers. True when the stated criteria or the target groups changed, which
   * the coordinator then agrees again.
   */
  boolean describe(ActivityForms.ActivityForm form, List<Wijk> wijken, Instant now) {
    ActivityForms.Criteria c = form.criteria();
    String groups = String.join(",", form.targetGroups());
    boolean criteriaChanged = id == null || !groups.equals(targetGroups)
        || openToVulnerableGroups != c.openToVulnerableGroups() || welcomesNewParticipants != c.welcomesNewParticipants()
        || safeGuidance != c.safeGuidance() || qualityAndContinuity != c.qualityAndContinuity() || givesFeedback != c.givesFeedback();
    this.title = form.title().trim();
    this.description = form.description() == null || form.description().isBlank() ? null : form.description().trim();
    this.targetGroups = groups;
    this.schedule = form.schedule().trim();
    this.place = form.place().trim();
    this.costPerMonthEuro = form.costPerMonthEuro();
    this.openToVulnerableGroups = c.openToVulnerableGroups();
    this.welcomesNewParticipants = c.welcomesNewParticipants();
    this.safeGuidance = c.safeGuidance();
    this.qualityAndContinuity = c.qualityAndContinuity();
    this.givesFeedback = c.givesFeedback();
    this.wijken.clear();
    this.wijken.addAll(wijken);
    this.changedAt = now;
    return criteriaChanged;
  }

  /** The provider changed what it states: unlisted until the coordinator has agreed again. */
  void awaitAgreement() {
    status = ActivityStatus.PROPOSED;
  }

  /** The coordinator's agreement per criterion; listed only when the provider states all five and all five are agreed. */
  void agree(ActivityForms.Agreement agreement, String by, Instant now) {
    agreedOpenToVulnerableGroups = openToVulnerableGroups && agreement.agreedOpenToVulnerableGroups();
    agreedWelcomesNewParticipants = welcomesNewParticipants && agreement.agreedWelcomesNewParticipants();
    agreedSafeGuidance = safeGuidance && agreement.agreedSafeGuidance();
    agreedQualityAndContinuity = qualityAndContinuity && agreement.agreedQualityAndContinuity();
    agreedGivesFeedback = givesFeedback && agreement.agreedGivesFeedback();
    agreementRemarks = agreement.agreementRemarks() == null || agreement.agreementRemarks().isBlank() ? null
        : agreement.agreementRemarks().trim();
    agreedBy = by;
    agreedAt = now;
    status = allAgreed() ? ActivityStatus.LISTED : ActivityStatus.NOT_AGREED;
  }

  void withdraw(Instant now) {
    status = ActivityStatus.WITHDRAWN;
    changedAt = now;
  }

  public boolean allAgreed() {
    return agreedOpenToVulnerableGroups && agreedWelcomesNewParticipants && agreedSafeGuidance && agreedQualityAndContinuity
        && agreedGivesFeedback;
  }

  public boolean isListed() {
    return status == ActivityStatus.LISTED;
  }

  /** The business key of its {@code activity-listing} instance. */
  public String businessKey() {
    return businessKey(id);
  }

  public static String businessKey(Long id) {
    return "A-" + id;
  }

  public Long getId() { return id; }
  public Organisation getProvider() { return provider; }
  public List<Wijk> getWijken() { return wijken; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public List<String> getTargetGroups() {
    return targetGroups == null || targetGroups.isBlank() ? List.of() : Arrays.asList(targetGroups.split(","));
  }
  public String getSchedule() { return schedule; }
  public String getPlace() { return place; }
  public BigDecimal getCostPerMonthEuro() { return costPerMonthEuro; }
  public boolean isOpenToVulnerableGroups() { return openToVulnerableGroups; }
  public boolean isWelcomesNewParticipants() { return welcomesNewParticipants; }
  public boolean isSafeGuidance() { return safeGuidance; }
  public boolean isQualityAndContinuity() { return qualityAndContinuity; }
  public boolean isGivesFeedback() { return givesFeedback; }
  public boolean isAgreedOpenToVulnerableGroups() { return agreedOpenToVulnerableGroups; }
  public boolean isAgreedWelcomesNewParticipants() { return agreedWelcomesNewParticipants; }
  public boolean isAgreedSafeGuidance() { return agreedSafeGuidance; }
  public boolean isAgreedQualityAndContinuity() { return agreedQualityAndContinuity; }
  public boolean isAgreedGivesFeedback() { return agreedGivesFeedback; }
  public String getAgreementRemarks() { return agreementRemarks; }
  public String getAgreedBy() { return agreedBy; }
  public Instant getAgreedAt() { return agreedAt; }
  public ActivityStatus getStatus() { return status; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getChangedAt() { return changedAt; }
}
