package nl.coachplan.contractrenewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.IntendedOutcome;
import nl.coachplan.planintake.Plan;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aanvoerder's year report on a contract year: when it is due, and what it says checked against
 * the plan (the participatieladder only for plans that guide people to work, a result for each
 * intended outcome, photos as https links) before it is kept and the year's figures frozen.
 */
@Service
@Transactional
public class YearReports {

  /** The report is due this long before the contract ends, leaving time to decide. */
  static final int REPORT_WEEKS_BEFORE_END = 8;
  /** A photo link: https, a host, no spaces, quotes or angle brackets (it is shown as a link). */
  private static final Pattern SAFE_LINK = Pattern.compile("https://[^\\s\"'<>]{3,490}");

  private final YearReportRepository reports;
  private final CurrentUser currentUser;
  private final FrozenYears frozenYears;

  public YearReports(YearReportRepository reports, CurrentUser currentUser, FrozenYears frozenYears) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.frozenYears = frozenYears;
  }

  public LocalDate due(Contract contract) {
    return contract.getEndDate().minusWeeks(REPORT_WEEKS_BEFORE_END);
  }

  public YearReport report(Contract contract, RenewalForms.YearReportForm form) {
    List<Violation> violations = new ArrayList<>();
    violations.addAll(Codes.unknown("embeddingSteps", "stap naar borging", EmbeddingSteps.LABELS, form.steps()));
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
      if (row == null || RenewalForms.blank(row.resultText()) && row.resultNumber() == null) {
        violations.add(new Violation("outcomeResults[" + n + "].resultText", "Beschrijf het resultaat op '" + intended.label()
            + "' in woorden of als aantal."));
        continue;
      }
      results.add(new ReportedOutcome(intended.getOutcome(), intended.getMeasure(),
          RenewalForms.blank(row.resultText()) ? null : row.resultText().trim(), row.resultNumber()));
    }
    return results;
  }

  /** Photos are links to where the aanvoerder keeps them (https only): Coachplan stores and serves no images. */
  private static List<PhotoLink> photoLinks(List<RenewalForms.PhotoRow> rows, List<Violation> violations) {
    List<PhotoLink> links = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RenewalForms.PhotoRow row = rows.get(i);
      String url = RenewalForms.blank(row.url()) ? null : row.url().trim();
      if (url == null || !SAFE_LINK.matcher(url).matches()) {
        violations.add(new Violation("photoLinks[" + (i + 1) + "].url", "Foto " + (i + 1)
            + ": geef een link die begint met https:// (zonder spaties)."));
        continue;
      }
      links.add(new PhotoLink(url, RenewalForms.blank(row.caption()) ? null : row.caption().trim()));
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

  @Transactional(readOnly = true)
  public Optional<YearReport> of(Contract contract) {
    return reports.findByContract(contract);
  }

  /** The year reports of several contract years in one query. */
  public List<YearReport> of(List<Contract> contracts) {
    return contracts.isEmpty() ? List.of() : reports.findByContractIn(contracts);
  }

  /**
   * The plan's intended outcomes are what the municipality funds it for: a year without a result on any
   * of them is talked through, not a reason to stop, so the advice itself stays as the table gave it.
   */
  static String missingResults(Plan plan, YearReport report) {
    boolean answered = report.getOutcomes().stream().anyMatch(o -> o.getResultNumber() != null
        || (o.getResultText() != null && !o.getResultText().isBlank()));
    if (plan.getOutcomes().isEmpty() || answered) {
      return "";
    }
    return " Het jaarverslag geeft geen resultaten op de beoogde resultaten van het plan ("
        + String.join(", ", plan.getOutcomes().stream().map(IntendedOutcome::label).toList())
        + "): bespreek de ontbrekende resultaten in het gezamenlijk gesprek of bij de evaluatie.";
  }
}
