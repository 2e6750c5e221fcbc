package nl.coachplan.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.planintake.PlanVersion;

/**
 * One plan's whole case: its data, confirmations, profile and budget, reviews, its posts with their
 * coaches, vacancies and contract years, and its timeline. {@code coach} and {@code structuralFunding}
 * are the first post's, as when a plan had one coach; {@code posts} holds every post's.
 */
public record CaseFile(
    String reference, String title, int roundYear, String aanvoerder, String aanvoerderName, String stage, String stageLabel,
    String goals, List<String> targetGroups, List<String> settings, BigDecimal requestedFte, BigDecimal approvedFte,
    String profileType, BigDecimal aanvoerderContributionEuro, Instant submittedAt, Instant decidedAt,
    List<ContributionView> contributions, ProfileView profile, BudgetView budget, List<ReviewView> reviews,
    List<PostView> posts, List<VacancyView> vacancies, CoachView coach, List<ContractView> contracts, List<YearReportView> yearReports,
    StructuralView structuralFunding, List<VersionView> versions, List<TimelineEntry> timeline, List<OpenTask> openTasks,
    List<OutcomeView> outcomes, List<WijkView> wijken) {

  /** A wijk the plan works in, by its CBS code; the plan's coaches work there too. */
  public record WijkView(String code, String name) {}

  /** An outcome the plan intends (code of the outcome list, stable) with its label and measure. */
  public record OutcomeView(String outcome, String outcomeLabel, String measure) {}

  public record OutcomeResultView(String outcome, String outcomeLabel, String measure, String resultText, BigDecimal resultNumber) {}

  public record PhotoView(String url, String caption) {}

  public record ContributionView(String organisation, String kind, BigDecimal amountEuro, Integer hoursPerYear, String description,
      String status, String statusLabel, BigDecimal confirmedAmountEuro, Integer confirmedHoursPerYear, String remark, Instant answeredAt) {}

  /** The plan's text after its submission (1) or a revision, as the aanvoerder wrote it (codes, not labels). */
  public record VersionView(int number, String recordedBy, String recordedByName, Instant recordedAt, PlanVersion.Text plan) {}

  /** {@code hoursPerWeek}: of all the plan's posts together. */
  public record ProfileView(String profileType, String localTitle, BigDecimal hoursPerWeek, List<String> competencies,
      String tasks, String trainingAdvice) {}

  /**
   * A post the approved fte are divided into: what it is for (if said), its hours at the employer's full-time week, its coach
   * once appointed, and where it stands ({@code status} the code of its current contract year, or
   * none before its coach; {@code statusLabel} in words).
   */
  public record PostView(int number, String title, BigDecimal hoursPerWeek, BigDecimal fullTimeHours, BigDecimal fte, CoachView coach,
      String status, String statusLabel, StructuralView structuralFunding) {}

  public record BudgetView(String salaryScale, BigDecimal annualCostPerFte, BigDecimal otherCostsEuro, BigDecimal fte,
      BigDecimal totalCostEuro, BigDecimal rijkEuro, BigDecimal aanvoerderEuro, BigDecimal spelersEuro, BigDecimal gemeenteEuro,
      BigDecimal inKindEuro, int inKindHoursPerYear, BigDecimal localEuro, boolean sound) {}

  /** {@code outcome} and {@code recordedBy} are codes for machines; the labels and names are for people. */
  public record ReviewView(String kind, String kindLabel, String outcome, String outcomeLabel, String remarks, String tips,
      String policyGoals, String attendees, LocalDate reviewDate, BigDecimal approvedFte, String recordedBy, String recordedByName,
      Instant recordedAt) {}

  public record VacancyView(int post, int attempt, LocalDate closingDate, boolean internalCandidateRoute, String outcome, String outcomeLabel,
      String remarks) {}

  public record CoachView(String name, boolean trainee) {}

  public record ContractView(int post, int contractYear, LocalDate startDate, LocalDate endDate, BigDecimal hoursPerWeek, BigDecimal fte,
      String status, String statusLabel, String advice, String adviceLabel, String adviceReason, String decision, String decisionLabel,
      String decisionRemarks, String decidedBy, String decidedByName, Instant decidedAt) {}

  public record YearReportView(int post, int contractYear, int participantsReached, int[] ladderStart, int[] ladderEnd, double ladderRise,
      String highlights, BigDecimal spentEuro, boolean wantsStructural, List<String> embeddingSteps, List<String> embeddingStepLabels,
      boolean ladderApplies, List<OutcomeResultView> outcomeResults, String stories, List<PhotoView> photos) {}

  public record StructuralView(boolean permanentContract, String fundingSource, LocalDate effectiveDate) {}

  /**
   * A step of the case (from the engine's history) with the decision the case file keeps of it: when,
   * in which process, what, by whom ({@code who} the user id, {@code whoName} the person or
   * organisation), and the decision ({@code decisionCode} for machines, {@code decision} in words).
   */
  public record TimelineEntry(Instant at, String process, String step, String who, String whoName, String decisionCode,
      String decision) {}

  public record OpenTask(String id, String name, List<String> candidateGroups, List<String> candidateGroupNames, Instant due,
      boolean overdue, String url) {}
}
