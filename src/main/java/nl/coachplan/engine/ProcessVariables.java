package nl.coachplan.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names of the variables our processes carry, and typed reads of them: the one place Java and
 * the models under {@code processes/} agree on a name ({@code ModelExpressionsTest} checks the
 * models' side). Running instances hold these names, so a name never changes.
 *
 * <p>A variable never identifies the case: whoever may work on an instance or one of its tasks can
 * overwrite it. Steps find the case by the instance's business key ({@code planintake/CaseOfInstance},
 * {@code coachhiring/PostKeys}, {@code coachhiring/ContractYears}, {@code fundinground/FundingRounds}); a speler's contribution id
 * is checked against that plan. Here because every feature, the Tasklist's filters and the mails read
 * these names, and {@code engine} is the package they all use.
 */
public final class ProcessVariables {

  // The case, on every instance that follows a plan: the Tasklist's columns, the mails.
  public static final String PLAN_REFERENCE = "planReference";
  public static final String PLAN_TITLE = "planTitle";
  /** The multi-instance element variable of a speler's (re)confirmation (the models declare it too). */
  public static final String CONTRIBUTION_ID = "contributionId";
  /** Of a contract-renewal instance, from its start; an input of the renewal-advice decision. */
  public static final String CONTRACT_YEAR = "contractYear";
  public static final String CONTRACT_END_DATE = "contractEndDate";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  // Read by the models' timers.
  public static final String CLOSING_DATE_AT = "closingDateAt";
  public static final String REPORT_DUE_AT = "reportDueAt";
  public static final String MEETING_AT = "meetingAt";
  public static final String CALL_DEADLINE_AT = "callDeadlineAt";

  // A funding round's figures, as its start form named them.
  public static final String CALL_DEADLINE = "callDeadline";
  public static final String LOCAL_SHARE_MINIMUM_PERCENT = "localShareMinimumPercent";
  public static final String IN_KIND_COUNTS_AS_COFINANCING = "inKindCountsAsCofinancing";

  // A plan as its start and revision forms name it (PlanForms.Submission).
  public static final String ROUND_YEAR = "roundYear";
  public static final String TITLE = "title";
  public static final String AANVOERDER = "aanvoerder";
  public static final String GOALS = "goals";
  public static final String TARGET_GROUPS = "targetGroups";
  public static final String SETTINGS = "settings";
  public static final String REQUESTED_FTE = "requestedFte";
  public static final String PROFILE_TYPE = "profileType";
  public static final String AANVOERDER_CONTRIBUTION_EURO = "aanvoerderContributionEuro";
  public static final String CONTRIBUTIONS = "contributions";
  public static final String OUTCOMES = "outcomes";
  /** The CBS codes of the wijken the plan works in. */
  public static final String WIJKEN = "wijken";
  /** The employer's full-time week, as the profile form states it for the plan's posts. */
  public static final String FULL_TIME_HOURS = "fullTimeHours";

  // A speler's answers, prefilled on its task's own execution.
  public static final String CONTRIBUTION_CONFIRMED = "contributionConfirmed";
  public static final String CONFIRMED_AMOUNT_EURO = "confirmedAmountEuro";
  public static final String CONFIRMED_HOURS_PER_YEAR = "confirmedHoursPerYear";
  public static final String FOLLOW_UP_NOTE = "followUpNote";
  public static final String CONTRIBUTION_CONTINUES = "contributionContinues";
  public static final String NEXT_YEAR_AMOUNT_EURO = "nextYearAmountEuro";
  public static final String NEXT_YEAR_HOURS_PER_YEAR = "nextYearHoursPerYear";
  public static final String REMARK = "remark";

  // The aanvoerder's intention for the next contract year, prefilled with this year's hours and costs.
  public static final String NEXT_YEAR_HOURS_PER_WEEK = "nextYearHoursPerWeek";
  public static final String NEXT_YEAR_ANNUAL_COST_PER_FTE = "nextYearAnnualCostPerFte";
  public static final String NEXT_YEAR_OTHER_COSTS_EURO = "nextYearOtherCostsEuro";

  // Copies of the case file a task's form shows (task-local; see FormDisplay and LiveCopy).
  public static final String PLAN_OVERVIEW = "planOverview";
  public static final String CONTRIBUTION_SUMMARY = "contributionSummary";
  public static final String CONTRIBUTIONS_OVERVIEW = "contributionsOverview";
  public static final String REVIEW_REMARKS = "reviewRemarks";
  public static final String REMAINING_FTE = "remainingFte";
  public static final String PROFILE_OVERVIEW = "profileOverview";
  public static final String TRAINING_ADVICE_TEXT = "trainingAdviceText";
  public static final String FINANCING_OVERVIEW = "financingOverview";
  public static final String HIRING_SUMMARY = "hiringSummary";
  public static final String CONTRACT_SUMMARY = "contractSummary";
  public static final String EVALUATION_TEXT = "evaluationText";
  public static final String YEAR_REPORT_OVERVIEW = "yearReportOverview";
  public static final String LADDER_OVERVIEW = "ladderOverview";
  public static final String RECONFIRMATIONS_OVERVIEW = "reconfirmationsOverview";
  public static final String RENEWAL_ADVICE_TEXT = "renewalAdviceText";
  public static final String CONVERSATION_OVERVIEW = "conversationOverview";
  public static final String ROUND_SUMMARY = "roundSummary";
  public static final String ORGANIZATION_OPTIONS = "organizationOptions";
  /** Of the year report: whether the plan works towards work, so its form asks the participatieladder. */
  public static final String LADDER_APPLIES = "ladderApplies";
  /** Of the year report: one row per intended outcome, prefilled from the plan, answered by the aanvoerder. */
  public static final String OUTCOME_RESULTS = "outcomeResults";
  /** Of the coordinator's agreement of an activity's criteria, and of the yearly look back in a wijk. */
  public static final String ACTIVITY_SUMMARY = "activitySummary";
  public static final String WIJK_SUMMARY = "wijkSummary";

  // The wijk's processes: the route after the coordinator's agreement (written by the step from the
  // activity), and the day of the next look back in a wijk (a timer's date).
  public static final String ALL_AGREED = "allAgreed";
  public static final String NEXT_EVALUATION_AT = "nextEvaluationAt";

  // The decisions' inputs and results (the models name the results as resultVariable).
  public static final String COMPETENCY_LIST = "competencyList";
  public static final String TRAINING_ADVICE = "trainingAdvice";
  public static final String PARTICIPANTS_REACHED = "participantsReached";
  public static final String LADDER_RISE = "ladderRise";
  public static final String WANTS_STRUCTURAL = "wantsStructural";
  public static final String EMBEDDING_STEP_COUNT = "embeddingStepCount";
  public static final String BUDGET_SOUND = "budgetSound";
  public static final String RENEWAL_ADVICE = "renewalAdvice";

  private ProcessVariables() {}

  /** The variable as text, or null when it is not set. */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The variable as a whole number, or null when it holds none (not set, or not a number). */
  public static Long number(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Number number ? number.longValue() : null;
  }

  /** The variable's list as texts (a decision's collected entries); empty when it holds no list. */
  public static List<String> texts(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  /** The variable's map (a decision's single result, by output name), when it holds one. */
  public static Optional<Map<?, ?>> entries(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
  }
}
