package nl.coachplan.contractrenewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractRepository;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.funding.Financing;
import nl.coachplan.funding.Pledge;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.ApprovedPlans;
import nl.coachplan.planintake.Contribution;
import nl.coachplan.planintake.ContributionRows;
import nl.coachplan.planintake.FteAllocation;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Plans;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly contract cycle after the year report ({@link YearReports}): the aanvoerder's intention,
 * the spelers' reconfirmations, the advice, and renewal, structural funding or the end.
 */
@Service
@Transactional
public class Renewals {

  /** The gemeente's decisions on next year's fte and Rijk money (the DMN advises the first two only). */
  static final String CONTINUE = "continue";
  static final String STRUCTURAL = "structural";
  static final String STOP = "stop";

  private final ContractRepository contracts;
  private final YearReportRepository reports;
  private final ReconfirmationRepository reconfirmations;
  private final StructuralFundingRepository structural;
  private final Plans plans;
  private final ApprovedPlans approvedPlans;
  private final CurrentUser currentUser;
  private final RenewalRepository renewals;
  private final Organisations organisations;
  private final FteAllocation allocation;
  private final FrozenYears frozenYears;

  public Renewals(ContractRepository contracts, YearReportRepository reports, ReconfirmationRepository reconfirmations,
      StructuralFundingRepository structural, Plans plans, ApprovedPlans approvedPlans, CurrentUser currentUser,
      RenewalRepository renewals, Organisations organisations, FteAllocation allocation, FrozenYears frozenYears) {
    this.frozenYears = frozenYears;
    this.contracts = contracts;
    this.reports = reports;
    this.reconfirmations = reconfirmations;
    this.structural = structural;
    this.plans = plans;
    this.approvedPlans = approvedPlans;
    this.currentUser = currentUser;
    this.renewals = renewals;
    this.organisations = organisations;
    this.allocation = allocation;
  }

  /** The renewal of this contract year, once the aanvoerder has stated its intention. */
  @Transactional(readOnly = true)
  public Optional<Renewal> renewalOf(Contract contract) {
    return renewals.findByContract(contract);
  }

  /**
   * The aanvoerder, as employer, states whether it wants to continue the contract, with next year's
   * hours and costs, and adds the spelers that join; these confirm their pledge like a reconfirmation.
   */
  public Renewal prepareNextYear(Contract contract, RenewalForms.NextYearForm form) {
    Plan plan = contract.getPlan();
    boolean continues = Renewal.CONTINUE.equals(form.contractIntention());
    List<Violation> violations = new ArrayList<>();
    if (!continues && RenewalForms.blank(form.intentionRemarks())) {
      violations.add(new Violation("intentionRemarks", "Licht toe waarom u het contract niet voortzet."));
    }
    if (!continues && !form.added().isEmpty()) {
      violations.add(new Violation("newContributions", "U stopt met het contract: voeg dan geen nieuwe spelers toe."));
    }
    if (continues) {
      if (form.nextYearHoursPerWeek() == null) {
        violations.add(new Violation("nextYearHoursPerWeek", "Vul het aantal uren per week voor volgend jaar in."));
      }
      if (form.nextYearAnnualCostPerFte() == null || form.nextYearAnnualCostPerFte().signum() <= 0) {
        violations.add(new Violation("nextYearAnnualCostPerFte", "Vul de loonkosten per fte voor volgend jaar in."));
      }
    }
    Map<String, Organisation> joining = checkNewContributions(plan, form.added(), violations);
    BigDecimal hours = continues && form.nextYearHoursPerWeek() != null ? form.nextYearHoursPerWeek() : contract.getHoursPerWeek();
    BigDecimal fte = nextFte(contract, hours);
    if (continues && violations.isEmpty()) {
      checkAllocation(contract, fte, "nextYearHoursPerWeek", violations);
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    var budget = plans.budget(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " has no budget"));
    Renewal renewal = renewals.findByContract(contract).orElseGet(() -> new Renewal(contract));
    renewal.intend(form.contractIntention(), RenewalForms.blank(form.intentionRemarks()) ? null : form.intentionRemarks().trim(), hours, fte,
        continues ? form.nextYearAnnualCostPerFte() : budget.getAnnualCostPerFte(),
        continues && form.nextYearOtherCostsEuro() != null ? form.nextYearOtherCostsEuro()
            : continues ? BigDecimal.ZERO : budget.getOtherCostsEuro(),
        currentUser.id(), ProcessValues.now());
    for (RenewalForms.NewContribution row : form.added()) {
      renewal.getNewContributions().add(approvedPlans.join(plan, joining.get(row.organization().trim()), row.kind(),
          row.amountEuro(), row.hoursPerYear(), RenewalForms.blank(row.description()) ? null : row.description().trim()));
    }
    return renewals.save(renewal);
  }

  /** The same employer's full-time week as this year: fte in proportion to the hours. */
  private static BigDecimal nextFte(Contract contract, BigDecimal hours) {
    if (hours.compareTo(contract.getHoursPerWeek()) == 0) {
      return contract.getFte();
    }
    return contract.getFte().multiply(hours).divide(contract.getHoursPerWeek(), 4, RoundingMode.HALF_UP);
  }

  /**
   * More hours need more of the Rijk's fte in each calendar year the next contract year falls in:
   * what the coach does not hold there yet must be free. Asked of the whole allocation, leaving no
   * plan out, so it holds whatever else the plan has.
   */
  private void checkAllocation(Contract contract, BigDecimal fte, String field, List<Violation> violations) {
    if (fte.compareTo(contract.getFte()) <= 0) {
      return;
    }
    Contract next = contract.nextYear();
    for (int year = next.getStartDate().getYear(); year <= next.getEndDate().getYear(); year++) {
      boolean heldAlready = contract.getStartDate().getYear() <= year && contract.getEndDate().getYear() >= year;
      BigDecimal more = heldAlready ? fte.subtract(contract.getFte()) : fte;
      BigDecimal free = allocation.available(year, null);
      if (more.compareTo(free) > 0) {
        violations.add(new Violation(field, "In " + year + " is nog " + Markdown.number(free.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP))
            + " fte van de rijkstoekenning vrij; met deze uren vraagt de coach daar " + Markdown.number(more.setScale(2, RoundingMode.HALF_UP))
            + " fte bij."));
        return;
      }
    }
  }

  private Map<String, Organisation> checkNewContributions(Plan plan, List<RenewalForms.NewContribution> rows,
      List<Violation> violations) {
    Set<String> seen = new HashSet<>();
    plans.confirmedContributions(plan).forEach(c -> seen.add(c.getOrganisation().getSlug() + "|" + c.getKind()));
    return ContributionRows.check(rows.stream().map(r -> new ContributionRows.Row(r.organization(), r.kind(), r.amountEuro(),
            r.hoursPerYear(), r.description())).toList(),
        new ContributionRows.Place("newContributions", "Nieuwe bijdrage", "de aanvoerder draagt al bij als aanvoerder.",
            "draagt al op deze manier bij aan het plan."),
        plan.getAanvoerder(), seen, organisations, violations);
  }

  /** Whether the aanvoerder intends to continue (an old instance without an intention continues, as before). */
  @Transactional(readOnly = true)
  public boolean continues(Contract contract) {
    return renewals.findByContract(contract).map(Renewal::continues).orElse(true);
  }

  /** Every speler whose contribution runs this year is asked about the next, and every speler that joins. */
  @Transactional(readOnly = true)
  public List<Long> contributionsToReconfirm(Contract contract) {
    List<Long> ids = new ArrayList<>(plans.confirmedContributions(contract.getPlan()).stream().map(Contribution::getId).toList());
    renewals.findByContract(contract).ifPresent(r -> r.getNewContributions().stream()
        .map(Contribution::getId).filter(id -> !ids.contains(id)).forEach(ids::add));
    return ids;
  }

  /** Whether the contribution joins the plan at this renewal (its speler confirms it for the first time). */
  @Transactional(readOnly = true)
  public boolean joins(Contract contract, Contribution contribution) {
    return renewals.findByContract(contract)
        .map(r -> r.getNewContributions().stream().anyMatch(c -> c.getId().equals(contribution.getId()))).orElse(false);
  }

  public void reconfirm(Contract contract, Contribution contribution, RenewalForms.Reconfirmation form) {
    boolean continues = form.contributionContinues();
    boolean joins = joins(contract, contribution);
    List<Violation> violations = new ArrayList<>();
    if (continues && contribution.isMoney() && form.nextYearAmountEuro() == null) {
      violations.add(new Violation("nextYearAmountEuro", "Vul het bedrag voor volgend jaar in."));
    }
    if (continues && "hours".equals(contribution.getKind()) && form.nextYearHoursPerYear() == null) {
      violations.add(new Violation("nextYearHoursPerYear", "Vul het aantal uren voor volgend jaar in."));
    }
    if (!continues && !joins && RenewalForms.blank(form.remark())) {
      violations.add(new Violation("remark", "Licht toe waarom uw organisatie de bijdrage niet voortzet."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    String remark = RenewalForms.blank(form.remark()) ? null : form.remark().trim();
    reconfirmations.findByContractAndContribution(contract, contribution).ifPresent(reconfirmations::delete);
    reconfirmations.flush();
    reconfirmations.save(new Reconfirmation(contract, contribution, continues, form.nextYearAmountEuro(),
        form.nextYearHoursPerYear(), remark, currentUser.id(), ProcessValues.now()));
    if (joins) {
      // A new speler confirms its pledge as at intake: from now on it is one of the plan's spelers.
      approvedPlans.answerJoining(contribution, continues, form.nextYearAmountEuro(), form.nextYearHoursPerYear(), remark,
          currentUser.id(), ProcessValues.now());
    }
  }

  @Transactional(readOnly = true)
  public List<Reconfirmation> reconfirmations(Contract contract) {
    return reconfirmations.findByContractOrderByIdAsc(contract);
  }

  /** Next year's budget with only the contributions that continue or join, and next year's hours and costs. */
  @Transactional(readOnly = true)
  public Financing nextYearFinancing(Contract contract) {
    List<Pledge> pledges = nextYearPledges(contract).values().stream().toList();
    return renewals.findByContract(contract).filter(Renewal::continues)
        .map(r -> approvedPlans.financeNextYear(contract.getPlan(), planFte(contract, r.getNextFte()), r.getNextAnnualCostPerFte(),
            r.getNextOtherCostsEuro(), pledges))
        .orElseGet(() -> approvedPlans.financeBudget(contract.getPlan(), planFte(contract, contract.getFte()), pledges));
  }

  /**
   * The fte the plan's budget pays next year, with this contract at the given fte: the other posts'
   * running contracts and the posts still being hired are added; posts ended or funded structurally
   * no longer count. With one post: this contract's.
   */
  private BigDecimal planFte(Contract contract, BigDecimal fteOfThisContract) {
    return fteOfThisContract.add(contracts.fteOfOtherPosts(contract.getPlan(), contract.getPost()));
  }

  private Map<Long, Pledge> nextYearPledges(Contract contract) {
    Map<Long, Pledge> pledges = new LinkedHashMap<>();
    for (Reconfirmation r : reconfirmations.findByContractOrderByIdAsc(contract)) {
      if (r.isContinues()) {
        pledges.put(r.getContribution().getId(), r.getContribution().pledgeOf(r.getAmountEuro(), r.getHoursPerYear()));
      }
    }
    return pledges;
  }

  /** What the renewal-advice decision reads. */
  @Transactional(readOnly = true)
  public Map<String, Object> adviceInputs(Contract contract) {
    YearReport report = reports.findByContract(contract)
        .orElseThrow(() -> new IllegalStateException("Contract " + contract.getId() + " has no year report"));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(ProcessVariables.CONTRACT_YEAR, contract.getContractYear());
    inputs.put(ProcessVariables.PARTICIPANTS_REACHED, report.getParticipantsReached());
    inputs.put(ProcessVariables.LADDER_RISE, Math.round(report.ladderRise() * 100) / 100.0);
    inputs.put(ProcessVariables.WANTS_STRUCTURAL, report.isWantsStructural());
    inputs.put(ProcessVariables.EMBEDDING_STEP_COUNT, report.getEmbeddingSteps().size());
    inputs.put(ProcessVariables.BUDGET_SOUND, nextYearFinancing(contract).sound());
    return inputs;
  }

  /** The decision's advice; its reason says so when the year report left every intended outcome unanswered. */
  public void advised(Contract contract, String advice, String reason) {
    contract.advise(advice, reason + reports.findByContract(contract).map(r -> YearReports.missingResults(contract.getPlan(), r)).orElse(""));
  }

  /**
   * The coordinator's decision of contract-renewal versions before the roles were split (renew,
   * structural or end), for their running instances.
   */
  public void evaluate(Contract contract, RenewalForms.Evaluation form) {
    String decision = form.renewalDecision();
    boolean explained = !RenewalForms.blank(form.evaluationRemarks());
    // The decision table now advises "continue" where it advised "renew".
    String advice = CONTINUE.equals(contract.getAdvice()) ? "renew" : contract.getAdvice();
    if (advice != null && !advice.equals(decision) && !explained) {
      throw InvalidFormDataException.of("evaluationRemarks", "Licht toe waarom u afwijkt van het advies ("
          + RenewalOverview.decisionLabel(contract.getAdvice()).toLowerCase() + ").");
    }
    if ("renew".equals(decision) && !nextYearFinancing(contract).sound() && !explained) {
      throw InvalidFormDataException.of("evaluationRemarks",
          "De begroting voor volgend jaar voldoet niet aan de financieringsregels: licht toe hoe het tekort wordt aangevuld.");
    }
    contract.decide(decision, explained ? form.evaluationRemarks().trim() : null, currentUser.id(), ProcessValues.now());
  }

  /**
   * The gemeente decides whether the fte and the Rijk money continue next year. It may deviate from
   * the advice, and stop the Rijk money, but says why; continuing an unsound budget needs an
   * explanation unless a joint conversation has agreed a solution.
   */
  public void decideFunding(Contract contract, RenewalForms.FundingDecision form) {
    String decision = form.fundingDecision();
    boolean explained = !RenewalForms.blank(form.evaluationRemarks());
    List<Violation> violations = new ArrayList<>();
    if (contract.getAdvice() != null && !contract.getAdvice().equals(decision) && !explained) {
      violations.add(new Violation("evaluationRemarks", "Licht toe waarom u afwijkt van het advies ("
          + RenewalOverview.decisionLabel(contract.getAdvice()).toLowerCase() + ")."));
    } else if (STOP.equals(decision) && !explained) {
      violations.add(new Violation("evaluationRemarks", "Licht toe waarom de rijksbijdrage stopt."));
    } else if (CONTINUE.equals(decision) && !explained && !nextYearFinancing(contract).sound()
        && renewals.findByContract(contract).map(r -> !r.hadConversation()).orElse(true)) {
      violations.add(new Violation("evaluationRemarks",
          "De begroting voor volgend jaar voldoet niet aan de financieringsregels: licht toe hoe het tekort wordt aangevuld."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    contract.decide(decision, explained ? form.evaluationRemarks().trim() : null, currentUser.id(), ProcessValues.now());
  }

  /** The joint conversation over an unsound budget, with the aanvoerder and spelers of the plan. */
  public void talkTogether(Contract contract, RenewalForms.Conversation form) {
    Plan plan = contract.getPlan();
    List<Violation> violations = new ArrayList<>();
    if (form.conversationDate().isAfter(ProcessValues.today())) {
      violations.add(new Violation("conversationDate", "De datum van het gesprek ligt in de toekomst: leg het gesprek vast als het is gevoerd."));
    }
    Set<String> parties = new HashSet<>(plan.parties().spelers());
    parties.add(plan.parties().aanvoerder());
    List<String> attendees = form.conversationAttendees().stream().map(String::trim).distinct().toList();
    attendees.stream().filter(a -> !parties.contains(a)).forEach(a -> violations.add(new Violation("conversationAttendees",
        "'" + a + "' is geen aanvoerder of speler van dit plan.")));
    if (!attendees.contains(plan.parties().aanvoerder())) {
      violations.add(new Violation("conversationAttendees", "Het gesprek is met de aanvoerder ("
          + plan.getAanvoerder().getName() + "): kies die ook."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    Renewal renewal = renewals.findByContract(contract)
        .orElseThrow(() -> new IllegalStateException("Contract " + contract.getId() + " has no renewal"));
    renewal.talkedTogether(form.conversationDate(), attendees, form.agreedSolution().trim(), currentUser.id(), ProcessValues.now());
  }

  /**
   * The aanvoerder, as employer, decides on the employment contract knowing the gemeente's decision.
   * More hours than this year are checked against the Rijk's fte again: they may have been taken meanwhile.
   */
  public void decideContract(Contract contract, RenewalForms.ContractDecision form) {
    Renewal renewal = renewals.findByContract(contract)
        .orElseThrow(() -> new IllegalStateException("Contract " + contract.getId() + " has no renewal"));
    boolean explained = !RenewalForms.blank(form.contractRemarks());
    List<Violation> violations = new ArrayList<>();
    if (Renewal.END.equals(form.contractDecision()) && !explained) {
      violations.add(new Violation("contractRemarks", "Licht toe waarom u het arbeidscontract beëindigt."));
    }
    if (Renewal.RENEW.equals(form.contractDecision()) && CONTINUE.equals(contract.getDecision())) {
      checkAllocation(contract, renewal.getNextFte(), "contractDecision", violations);
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    renewal.decideContract(form.contractDecision(), explained ? form.contractRemarks().trim() : null, currentUser.id(),
        ProcessValues.now());
  }

  /**
   * Where the contract goes after both decisions: {@code renew} (Rijk money continues, contract
   * extended), {@code local} (Rijk money stops, the employer keeps the coach: structural funding) or
   * {@code end}.
   */
  @Transactional(readOnly = true)
  public String outcome(Contract contract) {
    Renewal renewal = renewals.findByContract(contract).orElse(null);
    if (renewal == null || !renewal.continues() || !Renewal.RENEW.equals(renewal.getContractDecision())) {
      return Renewal.END;
    }
    return STOP.equals(contract.getDecision()) ? "local" : Renewal.RENEW;
  }

  /** The contract runs another year with the reconfirmed contributions and next year's hours and costs; returns the new year. */
  public Contract renew(Contract contract) {
    // This year's figures stay as they were: the carry-over below rewrites the plan's budget for the next.
    frozenYears.freeze(contract, null);
    contract.conclude(ContractStatus.RENEWED);
    Renewal renewal = renewals.findByContract(contract).filter(Renewal::continues).orElse(null);
    if (renewal == null) {
      // Versions before the roles were split: the same hours and costs.
      Contract next = contracts.save(contract.nextYear());
      approvedPlans.carryOver(contract.getPlan(), planFte(contract, contract.getFte()), nextYearPledges(contract));
      return next;
    }
    Contract next = contracts.save(contract.nextYear(renewal.getNextHoursPerWeek(), renewal.getNextFte()));
    approvedPlans.carryOver(contract.getPlan(), planFte(contract, renewal.getNextFte()), nextYearPledges(contract), renewal.getNextAnnualCostPerFte(),
        renewal.getNextOtherCostsEuro());
    return next;
  }

  public StructuralFunding fundStructurally(Contract contract, RenewalForms.StructuralFundingForm form) {
    if (form.effectiveDate().isBefore(contract.getStartDate())) {
      throw InvalidFormDataException.of("effectiveDate", "De ingangsdatum ligt vóór het begin van het huidige contractjaar.");
    }
    if (form.effectiveDate().isAfter(contract.getEndDate().plusYears(1))) {
      throw InvalidFormDataException.of("effectiveDate", "De ingangsdatum ligt meer dan een jaar na het einde van het contract.");
    }
    if (STOP.equals(contract.getDecision()) && form.effectiveDate().isAfter(contract.getEndDate().plusDays(1))) {
      // The Rijk money stops with this contract year: from then the coach is paid locally.
      throw InvalidFormDataException.of("effectiveDate", "De rijksbijdrage stopt na dit contractjaar: de lokale financiering gaat uiterlijk in op "
          + Markdown.date(contract.getEndDate().plusDays(1)) + ".");
    }
    frozenYears.freeze(contract, null);
    contract.fundLocallyFrom(form.effectiveDate());
    StructuralFunding funding = structural.save(new StructuralFunding(contract.getPost(), Boolean.TRUE.equals(form.permanentContract()),
        form.fundingSource().trim(), form.effectiveDate(), currentUser.id(), ProcessValues.now()));
    concludePlanAfterItsLastPost(contract.getPlan());
    return funding;
  }

  /** The contract ends with its year; from then its fte are free for other plans. */
  public void end(Contract contract) {
    frozenYears.freeze(contract, null);
    contract.conclude(ContractStatus.ENDED);
    concludePlanAfterItsLastPost(contract.getPlan());
  }

  /**
   * A plan runs as long as one of its posts does (being hired, or on a running contract). Once every
   * post has ended or is funded structurally, the plan is structurally funded if any post is, else ended.
   */
  private void concludePlanAfterItsLastPost(Plan plan) {
    List<ContractStatus> conclusions = contracts.conclusionOfEachPost(plan);
    if (conclusions.contains(null)) {
      return;
    }
    if (conclusions.contains(ContractStatus.STRUCTURAL)) {
      approvedPlans.fundStructurally(plan);
    } else {
      approvedPlans.end(plan);
    }
  }

  /** The structural funding of the plan's posts, by post. */
  @Transactional(readOnly = true)
  public List<StructuralFunding> structuralFunding(Plan plan) {
    return structural.findByPlanOrderByPostNumber(plan);
  }
}
