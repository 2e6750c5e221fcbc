package nl.coachplan.contractrenewal;

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
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.Contribution;
import nl.coachplan.planintake.IntendedOutcome;
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
  /** A photo link: https, a host, no spaces, quotes or angle brackets (it is shown as a link). */
  private static final java.util.regex.Pattern SAFE_LINK = java.util.regex.Pattern.compile("https://[^\\s\"'<>]{3,490}");

  private final ContractRepository contracts;
  private final YearReportRepository reports;
  private final ReconfirmationRepository reconfirmations;
  private final StructuralFundingRepository structural;
  private final Plans plans;
  private final ApprovedPlans approvedPlans;
  private final CurrentUser currentUser;
  private final FrozenYears frozenYears;

  public Renewals(ContractRepository contracts, YearReportRepository reports, ReconfirmationRepository reconfirmations,
      StructuralFundingRepository structural, Plans plans, ApprovedPlans approvedPlans, CurrentUser currentUser,
      FrozenYears frozenYears) {
    this.frozenYears = frozenYears;
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
    // The instrument fits the plan, decided from the case file: the ladder only where people are guided towards work.
    Plan plan = contract.getPlan();
    boolean ladder = plan.usesLadder();
    if (ladder) {
      checkLadderComplete("ladderStart", "het begin", form.ladderStart(), violations);
      checkLadderComplete("ladderEnd", "het eind", form.ladderEnd(), violations);
      checkLadder("ladderStart", "het begin", form.start().total(), form.participantsReached(), violations);
      checkLadder("ladderEnd", "het eind", form.end().total(), form.participantsReached(), violations);
    } else if (form.ladderGiven()) {
      violations.add(new Violation(form.ladderStart() != null && form.ladderStart().given() ? "ladderStart" : "ladderEnd",
          "De participatieladder hoort alleen bij plannen die mensen naar werk begeleiden (setting '"
              + Codes.SETTINGS.get(Codes.WORK_SETTING) + "'). Dit plan rapporteert op zijn beoogde resultaten: laat de ladder leeg."));
    }
    List<ReportedOutcome> results = outcomeResults(plan, form.results(), violations);
    List<PhotoLink> photos = photoLinks(form.photos(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    YearReport report = reports.findByContract(contract).orElseGet(() -> new YearReport(contract));
    report.fill(form, ladder, results, photos, currentUser.id(), ProcessValues.now());
    YearReport saved = reports.save(report);
    frozenYears.freeze(contract, saved.getParticipantsReached());
    return saved;
  }

  /** One answer per outcome the plan intends, in the plan's order; a result in words or as a number. */
  private static List<ReportedOutcome> outcomeResults(Plan plan, List<RenewalForms.OutcomeResult> rows, List<Violation> violations) {
    Map<String, RenewalForms.OutcomeResult> byOutcome = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RenewalForms.OutcomeResult row = rows.get(i);
      String field = "outcomeResults[" + (i + 1) + "]";
      boolean intended = plan.getOutcomes().stream().anyMatch(o -> o.getOutcome().equals(row.outcome()));
      if (!intended) {
        violations.add(new Violation(field + ".outcome", "Resultaat " + (i + 1) + ": '" + row.outcome()
            + "' is geen beoogd resultaat van dit plan."));
      } else if (byOutcome.putIfAbsent(row.outcome(), row) != null) {
        violations.add(new Violation(field + ".outcome", "Resultaat " + (i + 1) + ": '"
            + Codes.OUTCOMES.getOrDefault(row.outcome(), row.outcome()) + "' staat al in het verslag."));
      }
    }
    List<ReportedOutcome> results = new ArrayList<>();
    int n = 0;
    for (IntendedOutcome intended : plan.getOutcomes()) {
      n++;
      RenewalForms.OutcomeResult row = byOutcome.get(intended.getOutcome());
      if (row == null || blank(row.resultText()) && row.resultNumber() == null) {
        violations.add(new Violation("outcomeResults[" + n + "].resultText", "Beschrijf het resultaat op '" + intended.label()
            + "' in woorden of als aantal."));
        continue;
      }
      results.add(new ReportedOutcome(intended.getOutcome(), intended.getMeasure(),
          blank(row.resultText()) ? null : row.resultText().trim(), row.resultNumber()));
    }
    return results;
  }

  /** Photos are links to where the aanvoerder keeps them (https only): Coachplan stores and serves no images. */
  private static List<PhotoLink> photoLinks(List<RenewalForms.PhotoRow> rows, List<Violation> violations) {
    List<PhotoLink> links = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RenewalForms.PhotoRow row = rows.get(i);
      String url = blank(row.url()) ? null : row.url().trim();
      if (url == null || !SAFE_LINK.matcher(url).matches()) {
        violations.add(new Violation("photoLinks[" + (i + 1) + "].url", "Foto " + (i + 1)
            + ": geef een link die begint met https:// (zonder spaties)."));
        continue;
      }
      links.add(new PhotoLink(url, blank(row.caption()) ? null : row.caption().trim()));
    }
    return links;
  }

  private static void checkLadderComplete(String field, String moment, RenewalForms.LadderCounts counts, List<Violation> violations) {
    if (counts == null || !counts.complete()) {
      violations.add(new Violation(field, "Vul op de participatieladder aan " + moment
          + " van het jaar bij elke trede het aantal deelnemers in (0 als er niemand staat)."));
    }
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

  /** Next year's budget with only the contributions that continue. */
  @Transactional(readOnly = true)
  public Financing nextYearFinancing(Contract contract) {
    return approvedPlans.financeBudget(contract.getPlan(), contract.getFte(), nextYearPledges(contract).values().stream().toList());
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
    // This year's figures stay as they were: the carry-over below rewrites the plan's budget for the next.
    frozenYears.freeze(contract, null);
    contract.conclude(ContractStatus.RENEWED);
    Contract next = contracts.save(contract.nextYear());
    approvedPlans.carryOver(contract.getPlan(), contract.getFte(), nextYearPledges(contract));
    return next;
  }

  public StructuralFunding fundStructurally(Contract contract, RenewalForms.StructuralFundingForm form) {
    if (form.effectiveDate().isBefore(contract.getStartDate())) {
      throw InvalidFormDataException.of("effectiveDate", "De ingangsdatum ligt vóór het begin van het huidige contractjaar.");
    }
    if (form.effectiveDate().isAfter(contract.getEndDate().plusYears(1))) {
      throw InvalidFormDataException.of("effectiveDate", "De ingangsdatum ligt meer dan een jaar na het einde van het contract.");
    }
    Plan plan = contract.getPlan();
    frozenYears.freeze(contract, null);
    contract.fundLocallyFrom(form.effectiveDate());
    approvedPlans.fundStructurally(plan);
    return structural.save(new StructuralFunding(plan, Boolean.TRUE.equals(form.permanentContract()),
        form.fundingSource().trim(), form.effectiveDate(), currentUser.id(), ProcessValues.now()));
  }

  /** The contract ends with its year; from then its fte are free for other plans. */
  public void end(Contract contract) {
    frozenYears.freeze(contract, null);
    contract.conclude(ContractStatus.ENDED);
    approvedPlans.end(contract.getPlan());
  }

  @Transactional(readOnly = true)
  public Optional<StructuralFunding> structuralFunding(Plan plan) {
    return structural.findByPlan(plan);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
