package nl.coachplan.contractrenewal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractRepository;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.funding.Financing;
import nl.coachplan.funding.Pledge;
import nl.coachplan.planintake.ApprovedPlans;
import nl.coachplan.planintake.Contribution;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Plans;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.coachplan.engine.ProcessValues;

/** The yearly contract cycle: report, reconfirmations, advice, and renewal, structural funding or the end. */
@Service
@Transactional
public class Renewals {

  /** The report is due this long before the contract ends, leaving time to decide. */
  static final int REPORT_WEEKS_BEFORE_END = 8;

  private final ContractRepository contracts;
  private final YearReportRepository reports;
  private final ReconfirmationRepository reconfirmations;
  private final StructuralFundingRepository structural;
  private final Plans plans;
  private final ApprovedPlans approvedPlans;
  private final CurrentUser currentUser;

  public Renewals(ContractRepository contracts, YearReportRepository reports, ReconfirmationRepository reconfirmations,
      StructuralFundingRepository structural, Plans plans, ApprovedPlans approvedPlans, CurrentUser currentUser) {
    this.contracts = contracts;
    this.reports = reports;
    this.reconfirmations = reconfirmations;
    this.structural = structural;
    this.plans = plans;
    this.approvedPlans = approvedPlans;
    this.currentUser = currentUser;
  }

  public LocalDate reportDue(Contract contract) {
    return contract.getEndDate().minusWeeks(REPORT_WEEKS_BEFORE_END);
  }

  public YearReport report(Contract contract, RenewalForms.YearReportForm form) {
    List<Violation> violations = new ArrayList<>();
    for (String step : form.steps()) {
      if (!EmbeddingSteps.LABELS.containsKey(step)) {
        violations.add(new Violation("embeddingSteps", "Onbekende stap naar borging '" + step + "'. Kies uit: "
            + String.join(", ", EmbeddingSteps.LABELS.keySet()) + "."));
      }
    }
    checkLadder("ladderStart", "het begin", form.start().total(), form.participantsReached(), violations);
    checkLadder("ladderEnd", "het eind", form.end().total(), form.participantsReached(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    YearReport report = reports.findByContract(contract).orElseGet(() -> new YearReport(contract));
    report.fill(form, currentUser.id(), ProcessValues.now());
    return reports.save(report);
  }

  private static void checkLadder(String field, String moment, int total, int reached, List<Violation> violations) {
    if (total > reached) {
      violations.add(new Violation(field, "Op de participatieladder aan " + moment + " van het jaar staan " + total
          + " deelnemers, meer dan de " + reached + " bereikte deelnemers."));
    }
  }

  /** Every speler whose contribution runs this year is asked about the next. */
  @Transactional(readOnly = true)
  public List<Long> contributionsToReconfirm(Contract contract) {
    return plans.confirmedContributions(contract.getPlan()).stream().map(Contribution::getId).toList();
  }

  public void reconfirm(Contract contract, Contribution contribution, RenewalForms.Reconfirmation form) {
    boolean continues = form.contributionContinues();
    List<Violation> violations = new ArrayList<>();
    if (continues && contribution.isMoney() && form.nextYearAmountEuro() == null) {
      violations.add(new Violation("nextYearAmountEuro", "Vul het bedrag voor volgend jaar in."));
    }
    if (continues && "hours".equals(contribution.getKind()) && form.nextYearHoursPerYear() == null) {
      violations.add(new Violation("nextYearHoursPerYear", "Vul het aantal uren voor volgend jaar in."));
    }
    if (!continues && blank(form.remark())) {
      violations.add(new Violation("remark", "Licht toe waarom uw organisatie de bijdrage niet voortzet."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    reconfirmations.findByContractAndContribution(contract, contribution).ifPresent(reconfirmations::delete);
    reconfirmations.flush();
    reconfirmations.save(new Reconfirmation(contract, contribution, continues, form.nextYearAmountEuro(),
        form.nextYearHoursPerYear(), blank(form.remark()) ? null : form.remark().trim(), currentUser.id(), ProcessValues.now()));
  }

  @Transactional(readOnly = true)
  public List<Reconfirmation> reconfirmations(Contract contract) {
    return reconfirmations.findByContractOrderByIdAsc(contract);
  }

  /** Next year's budget of the plan with only the contributions that continue. */
  @Transactional(readOnly = true)
  public Financing nextYearFinancing(Contract contract) {
    return approvedPlans.financeBudget(contract.getPlan(), planFte(contract), nextYearPledges(contract).values().stream().toList());
  }

  /**
   * The fte the plan's budget pays next year: this contract's, each other post's running contract, and
   * the posts still being hired; posts ended or funded structurally no longer count. With one post:
   * this contract's.
   */
  private BigDecimal planFte(Contract contract) {
    return contract.getFte().add(contracts.fteOfOtherPosts(contract.getPlan(), contract.getPost()));
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

  @Transactional(readOnly = true)
  public Optional<YearReport> reportOf(Contract contract) {
    return reports.findByContract(contract);
  }

  /** The year reports of several contract years in one query. */
  public List<YearReport> reportsOf(List<Contract> contracts) {
    return contracts.isEmpty() ? List.of() : reports.findByContractIn(contracts);
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

  public void advised(Contract contract, String advice, String reason) {
    contract.advise(advice, reason);
  }

  public void evaluate(Contract contract, RenewalForms.Evaluation form) {
    String decision = form.renewalDecision();
    boolean explained = !blank(form.evaluationRemarks());
    if (contract.getAdvice() != null && !contract.getAdvice().equals(decision) && !explained) {
      throw InvalidFormDataException.of("evaluationRemarks", "Licht toe waarom u afwijkt van het advies ("
          + RenewalOverview.decisionLabel(contract.getAdvice()).toLowerCase() + ").");
    }
    if ("renew".equals(decision) && !nextYearFinancing(contract).sound() && !explained) {
      throw InvalidFormDataException.of("evaluationRemarks",
          "De begroting voor volgend jaar voldoet niet aan de financieringsregels: licht toe hoe het tekort wordt aangevuld.");
    }
    contract.decide(decision, explained ? form.evaluationRemarks().trim() : null, currentUser.id(), ProcessValues.now());
  }

  /** The contract runs another year with the reconfirmed contributions; returns the new year. */
  public Contract renew(Contract contract) {
    contract.conclude(ContractStatus.RENEWED);
    Contract next = contracts.save(contract.nextYear());
    approvedPlans.carryOver(contract.getPlan(), planFte(contract), nextYearPledges(contract));
    return next;
  }

  public StructuralFunding fundStructurally(Contract contract, RenewalForms.StructuralFundingForm form) {
    if (form.effectiveDate().isBefore(contract.getStartDate())) {
      throw InvalidFormDataException.of("effectiveDate", "De ingangsdatum ligt vóór het begin van het huidige contractjaar.");
    }
    if (form.effectiveDate().isAfter(contract.getEndDate().plusYears(1))) {
      throw InvalidFormDataException.of("effectiveDate", "De ingangsdatum ligt meer dan een jaar na het einde van het contract.");
    }
    contract.fundLocallyFrom(form.effectiveDate());
    StructuralFunding funding = structural.save(new StructuralFunding(contract.getPost(), Boolean.TRUE.equals(form.permanentContract()),
        form.fundingSource().trim(), form.effectiveDate(), currentUser.id(), ProcessValues.now()));
    concludePlanAfterItsLastPost(contract.getPlan());
    return funding;
  }

  /** The contract ends with its year; from then its fte are free for other plans. */
  public void end(Contract contract) {
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

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
