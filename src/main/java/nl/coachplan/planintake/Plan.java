package nl.coachplan.planintake;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Wijk;
import org.hibernate.annotations.NaturalId;

/** The case: a coach's deployment proposed by an aanvoerder with spelers, referenced P-&lt;year&gt;-&lt;nnn&gt;. */
@Entity
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  // Its natural id: a plan read by reference a second time in one transaction is found in memory.
  @NaturalId
  private String reference;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private FundingRound round;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Organisation aanvoerder;
  private String title;
  private String goals;
  private String targetGroups;
  private String settings;
  private BigDecimal requestedFte;
  private BigDecimal approvedFte;
  private String profileType;
  private BigDecimal aanvoerderContributionEuro;
  @Enumerated(EnumType.STRING)
  private PlanStage stage;
  private String submittedBy;
  private Instant submittedAt;
  private Instant decidedAt;
  @Version
  private long version;
  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Contribution> contributions = new ArrayList<>();
  /** What the plan sets out to achieve; the year report answers per outcome. */
  @ElementCollection
  @CollectionTable(name = "plan_outcome", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "line_no")
  private List<IntendedOutcome> outcomes = new ArrayList<>();
  /** Where the plan works; its coaches work in the same wijken (no table of their own). */
  @ManyToMany
  @JoinTable(name = "plan_wijk", joinColumns = @JoinColumn(name = "plan_id"), inverseJoinColumns = @JoinColumn(name = "wijk_id"))
  @OrderBy("code")
  private java.util.Set<Wijk> wijken = new java.util.LinkedHashSet<>();

  protected Plan() {}

  Plan(String reference, FundingRound round, Organisation aanvoerder, String submittedBy, Instant submittedAt) {
    this.reference = reference;
    this.round = round;
    this.aanvoerder = aanvoerder;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.stage = PlanStage.SUBMITTED;
  }

  void describe(String title, String goals, List<String> targetGroups, List<String> settings, BigDecimal requestedFte,
      String profileType, BigDecimal aanvoerderContributionEuro) {
    this.title = title;
    this.goals = goals;
    this.targetGroups = Codes.join(targetGroups);
    this.settings = Codes.join(settings);
    this.requestedFte = requestedFte;
    this.profileType = profileType;
    this.aanvoerderContributionEuro = aanvoerderContributionEuro;
  }

  void intend(List<IntendedOutcome> intended) {
    // Rewritten only when changed: a revision that leaves the outcomes alone writes none of them.
    if (!outcomes.equals(intended)) {
      outcomes.clear();
      outcomes.addAll(intended);
    }
  }

  void workIn(List<Wijk> chosen) {
    // Rewritten only when changed, as the outcomes.
    if (!(wijken.size() == chosen.size() && wijken.containsAll(chosen))) {
      wijken.clear();
      wijken.addAll(chosen);
    }
  }

  void moveTo(PlanStage stage) { this.stage = stage; }

  void approveFte(BigDecimal fte) { this.approvedFte = fte; }

  void decide(PlanStage finalStage, Instant at) {
    this.stage = finalStage;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public FundingRound getRound() { return round; }
  public Organisation getAanvoerder() { return aanvoerder; }
  public String getTitle() { return title; }
  public String getGoals() { return goals; }
  public List<String> getTargetGroups() { return Codes.split(targetGroups); }
  public List<String> getSettings() { return Codes.split(settings); }
  public BigDecimal getRequestedFte() { return requestedFte; }
  public BigDecimal getApprovedFte() { return approvedFte; }
  public String getProfileType() { return profileType; }
  public BigDecimal getAanvoerderContributionEuro() { return aanvoerderContributionEuro; }
  public PlanStage getStage() { return stage; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getDecidedAt() { return decidedAt; }
  public List<Contribution> getContributions() { return contributions; }
  public List<IntendedOutcome> getOutcomes() { return java.util.Collections.unmodifiableList(outcomes); }
  public List<Wijk> getWijken() { return List.copyOf(wijken); }

  /** Whether the plan works with people towards work (the work setting): only then the participatieladder. */
  public boolean usesLadder() { return Codes.usesLadder(getSettings()); }

  /** Who the case belongs to, for the access policy. */
  public nl.coachplan.identity.CaseParties parties() {
    return new nl.coachplan.identity.CaseParties(aanvoerder.getSlug(),
        contributions.stream().map(c -> c.getOrganisation().getSlug()).collect(java.util.stream.Collectors.toSet()));
  }
}
