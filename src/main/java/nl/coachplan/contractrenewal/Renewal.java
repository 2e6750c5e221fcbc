package nl.coachplan.contractrenewal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.planintake.Contribution;

/**
 * The roles at the renewal of one contract year: the aanvoerder's intention with next year's hours
 * and costs (and the spelers it adds), the joint conversation over an unsound budget, and the
 * aanvoerder's decision on the employment contract. The gemeente's decision on the fte and the Rijk
 * money is the contract year's decision ({@link Contract#getDecision()}).
 */
@Entity
public class Renewal {

  /** The aanvoerder intends to continue the contract next year. */
  static final String CONTINUE = "continue";
  /** The aanvoerder ends the contract with this year. */
  static final String END = "end";
  /** The aanvoerder, as employer, extends the contract a year. */
  static final String RENEW = "renew";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Contract contract;
  private String intention;
  private String intentionRemarks;
  private BigDecimal nextHoursPerWeek;
  private BigDecimal nextFte;
  private BigDecimal nextAnnualCostPerFte;
  private BigDecimal nextOtherCostsEuro;
  private String intentionBy;
  private Instant intentionAt;
  private LocalDate conversationDate;
  private String conversationAttendees;
  private String agreedSolution;
  private String conversationBy;
  private Instant conversationAt;
  private String contractDecision;
  private String contractRemarks;
  private String contractBy;
  private Instant contractAt;
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "renewal_new_contribution", joinColumns = @JoinColumn(name = "renewal_id"),
      inverseJoinColumns = @JoinColumn(name = "contribution_id"))
  @OrderBy("id")
  private List<Contribution> newContributions = new ArrayList<>();
  @Version
  private long version;

  protected Renewal() {}

  Renewal(Contract contract) {
    this.contract = contract;
  }

  void intend(String intention, String remarks, BigDecimal hoursPerWeek, BigDecimal fte, BigDecimal annualCostPerFte,
      BigDecimal otherCostsEuro, String by, Instant at) {
    this.intention = intention;
    this.intentionRemarks = remarks;
    this.nextHoursPerWeek = hoursPerWeek;
    this.nextFte = fte;
    this.nextAnnualCostPerFte = annualCostPerFte;
    this.nextOtherCostsEuro = otherCostsEuro;
    this.intentionBy = by;
    this.intentionAt = at;
  }

  void talkedTogether(LocalDate date, List<String> attendees, String solution, String by, Instant at) {
    this.conversationDate = date;
    this.conversationAttendees = String.join(",", attendees);
    this.agreedSolution = solution;
    this.conversationBy = by;
    this.conversationAt = at;
  }

  void decideContract(String decision, String remarks, String by, Instant at) {
    this.contractDecision = decision;
    this.contractRemarks = remarks;
    this.contractBy = by;
    this.contractAt = at;
  }

  public boolean continues() { return CONTINUE.equals(intention); }
  public boolean hadConversation() { return conversationAt != null; }

  public Long getId() { return id; }
  public Contract getContract() { return contract; }
  public String getIntention() { return intention; }
  public String getIntentionRemarks() { return intentionRemarks; }
  public BigDecimal getNextHoursPerWeek() { return nextHoursPerWeek; }
  public BigDecimal getNextFte() { return nextFte; }
  public BigDecimal getNextAnnualCostPerFte() { return nextAnnualCostPerFte; }
  public BigDecimal getNextOtherCostsEuro() { return nextOtherCostsEuro; }
  public String getIntentionBy() { return intentionBy; }
  public Instant getIntentionAt() { return intentionAt; }
  public LocalDate getConversationDate() { return conversationDate; }
  public List<String> getConversationAttendees() {
    return conversationAttendees == null || conversationAttendees.isEmpty() ? List.of() : Arrays.asList(conversationAttendees.split(","));
  }
  public String getAgreedSolution() { return agreedSolution; }
  public Instant getConversationAt() { return conversationAt; }
  public String getContractDecision() { return contractDecision; }
  public String getContractRemarks() { return contractRemarks; }
  public String getContractBy() { return contractBy; }
  public Instant getContractAt() { return contractAt; }
  public List<Contribution> getNewContributions() { return newContributions; }
}
