package nl.coachplan.fundinground;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.coachplan.funding.FundingTerms;
import nl.coachplan.organisation.Municipality;
import nl.coachplan.organisation.Organisation;

/** One year of the scheme: the fte granted by the Rijk, the inspiration meeting and the call for plans. */
@Entity
public class FundingRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Municipality municipality;
  @Column(name = "round_year")
  private int year;
  private BigDecimal grantedFte;
  private BigDecimal rijksbijdragePerFte;
  private int localShareMinimumPercent;
  private boolean inKindCountsAsCofinancing;
  private LocalDate callDeadline;
  @Enumerated(EnumType.STRING)
  private CallStatus callStatus;
  private LocalDate meetingDate;
  private String meetingLocation;
  private String meetingNotes;
  private Instant invitationsSentAt;
  private int lastPlanNumber;
  private String startedBy;
  @Version
  private long version;
  @ElementCollection
  @CollectionTable(name = "round_invitation", joinColumns = @JoinColumn(name = "round_id"))
  private List<Invitation> invitations = new ArrayList<>();

  protected FundingRound() {}

  public FundingRound(Municipality municipality, int year, BigDecimal grantedFte, BigDecimal rijksbijdragePerFte,
      int localShareMinimumPercent, boolean inKindCountsAsCofinancing, LocalDate callDeadline, String startedBy) {
    this.municipality = municipality;
    this.year = year;
    this.grantedFte = grantedFte;
    this.rijksbijdragePerFte = rijksbijdragePerFte;
    this.localShareMinimumPercent = localShareMinimumPercent;
    this.inKindCountsAsCofinancing = inKindCountsAsCofinancing;
    this.callDeadline = callDeadline;
    this.callStatus = CallStatus.PREPARING;
    this.startedBy = startedBy;
  }

  static final String KEY_PREFIX = "round-";

  public static String businessKey(int year) {
    return KEY_PREFIX + year;
  }

  static int yearOf(String businessKey) {
    try {
      return Integer.parseInt(businessKey.substring(KEY_PREFIX.length()));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Business key " + businessKey + " names no funding round", e);
    }
  }

  void planMeeting(LocalDate date, String location, Collection<Organisation> invited) {
    this.meetingDate = date;
    this.meetingLocation = location;
    Set<Long> already = invitations.stream().map(i -> i.getOrganisation().getId()).collect(java.util.stream.Collectors.toSet());
    invited.stream().filter(o -> !already.contains(o.getId())).forEach(o -> invitations.add(new Invitation(o)));
    invitations.removeIf(i -> invited.stream().noneMatch(o -> o.getId().equals(i.getOrganisation().getId())));
  }

  void invitationsSent(Instant at) { this.invitationsSentAt = at; }

  void recordMeeting(Collection<Organisation> attending, String notes) {
    Set<Long> present = attending.stream().map(Organisation::getId).collect(java.util.stream.Collectors.toSet());
    invitations.forEach(i -> i.setAttended(present.contains(i.getOrganisation().getId())));
    // Organisations that came without an invitation are recorded too.
    attending.stream()
        .filter(o -> invitations.stream().noneMatch(i -> i.getOrganisation().getId().equals(o.getId())))
        .forEach(o -> {
          Invitation walkIn = new Invitation(o);
          walkIn.setAttended(true);
          invitations.add(walkIn);
        });
    this.meetingNotes = notes;
  }

  void openCall() { this.callStatus = CallStatus.OPEN; }

  void extendCall(LocalDate newDeadline) { this.callDeadline = newDeadline; }

  void closeCall() { this.callStatus = CallStatus.CLOSED; }

  /** Hands out the next plan reference of this round, P-&lt;year&gt;-&lt;nnn&gt;. Caller holds a lock on the round. */
  public String nextPlanReference() {
    lastPlanNumber++;
    return String.format("P-%d-%03d", year, lastPlanNumber);
  }

  public FundingTerms terms() {
    return new FundingTerms(rijksbijdragePerFte, localShareMinimumPercent, inKindCountsAsCofinancing);
  }

  public boolean isCallOpen() { return callStatus == CallStatus.OPEN; }

  public Long getId() { return id; }
  public Municipality getMunicipality() { return municipality; }
  public int getYear() { return year; }
  public BigDecimal getGrantedFte() { return grantedFte; }
  public BigDecimal getRijksbijdragePerFte() { return rijksbijdragePerFte; }
  public int getLocalShareMinimumPercent() { return localShareMinimumPercent; }
  public boolean isInKindCountsAsCofinancing() { return inKindCountsAsCofinancing; }
  public LocalDate getCallDeadline() { return callDeadline; }
  public CallStatus getCallStatus() { return callStatus; }
  public LocalDate getMeetingDate() { return meetingDate; }
  public String getMeetingLocation() { return meetingLocation; }
  public String getMeetingNotes() { return meetingNotes; }
  public Instant getInvitationsSentAt() { return invitationsSentAt; }
  public String getStartedBy() { return startedBy; }
  public List<Invitation> getInvitations() { return invitations; }
}
