package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.funding.Financing;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved plan's profile and budget: drafted by the aanvoerder, advised on training, financed
 * by the funding rules and decided by the coordinator. Runs inside the engine's transaction.
 */
@Service
@Transactional
public class ProfileAndBudget {

  private final ProfileRepository profiles;
  private final PostRepository posts;
  private final BudgetRepository budgets;
  private final ReviewRecordRepository reviews;
  private final FundingRules rules;
  private final CurrentUser currentUser;

  public ProfileAndBudget(ProfileRepository profiles, PostRepository posts, BudgetRepository budgets, ReviewRecordRepository reviews,
      FundingRules rules, CurrentUser currentUser) {
    this.profiles = profiles;
    this.posts = posts;
    this.budgets = budgets;
    this.reviews = reviews;
    this.rules = rules;
    this.currentUser = currentUser;
  }

  /**
   * The profile, and the posts the approved fte are divided into: together they may not exceed the
   * approved fte. A redraft replaces the posts (nobody is hired before the budget is approved).
   */
  public Profile draftProfile(Plan plan, PlanForms.ProfileDraft form) {
    List<Violation> violations = new ArrayList<>();
    if (!Codes.PROFILE_TYPES.containsKey(form.profileType())) {
      violations.add(new Violation("profileType", "Onbekend functieprofiel '" + form.profileType() + "'. Kies uit: "
          + Codes.allowed(Codes.PROFILE_TYPES) + "."));
    }
    List<String> competencies = form.competencies() == null ? List.of() : form.competencies().stream().distinct().toList();
    competencies.stream().filter(c -> !Codes.COMPETENCIES.containsKey(c)).forEach(c -> violations.add(
        new Violation("competencies", "Onbekende competentie '" + c + "'. Kies uit: " + Codes.allowed(Codes.COMPETENCIES) + ".")));
    boolean listed = form.posts() != null && !form.posts().isEmpty();
    String field = listed ? "posts" : "hoursPerWeek";
    List<PlanForms.PostRow> rows = listed ? form.posts()
        : form.hoursPerWeek() == null ? List.of() : List.of(new PlanForms.PostRow(null, form.hoursPerWeek()));
    List<BigDecimal> hours = rows.stream().map(PlanForms.PostRow::hoursPerWeek).toList();
    BigDecimal fullTime = form.fullTimeHours() != null ? form.fullTimeHours() : rules.fullTimeHours();
    BigDecimal total = hours.stream().map(h -> rules.fteFromHours(h, fullTime)).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (hours.isEmpty()) {
      violations.add(new Violation("posts", "Geef minstens één post op, met het aantal uren per week."));
    } else if (plan.getApprovedFte() != null && total.setScale(2, RoundingMode.HALF_UP).compareTo(plan.getApprovedFte()) > 0) {
      violations.add(new Violation(field, (hours.size() == 1 ? dutch(hours.get(0)) + " uur per week is "
          : "De " + hours.size() + " posts (" + hours.stream().map(ProfileAndBudget::dutch).collect(Collectors.joining(" + "))
              + " uur per week) zijn samen ")
          + dutch(total.setScale(2, RoundingMode.HALF_UP)) + " fte; dat is meer dan de goedgekeurde "
          + dutch(plan.getApprovedFte()) + " fte (voltijd is " + dutch(fullTime) + " uur)."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    Profile profile = profiles.findByPlan(plan).orElseGet(() -> new Profile(plan));
    profile.draft(form.profileType(), trim(form.localTitle()), form.tasks().trim(), competencies);
    describePosts(plan, rows, fullTime);
    return profiles.save(profile);
  }

  /** The plan's posts as drafted: existing ones keep their number and row, extra ones go. */
  private void describePosts(Plan plan, List<PlanForms.PostRow> rows, BigDecimal fullTime) {
    List<Post> existing = posts.findByPlanOrderByNumber(plan);
    for (int i = 0; i < rows.size(); i++) {
      PlanForms.PostRow row = rows.get(i);
      Post post = i < existing.size() ? existing.get(i) : new Post(plan, i + 1);
      post.describe(trim(row.title()), row.hoursPerWeek(), fullTime, rules.fteFromHours(row.hoursPerWeek(), fullTime));
      posts.save(post);
    }
    posts.deleteAll(existing.subList(Math.min(rows.size(), existing.size()), existing.size()));
  }

  public void adviseTraining(Plan plan, List<String> trainings) {
    profile(plan).advise(trainings.isEmpty() ? "" : String.join("; ", trainings));
  }

  public Financing draftBudget(Plan plan, PlanForms.BudgetDraft form) {
    Financing financing = finance(plan, form.annualCostPerFte(), form.otherCostsEuro());
    Budget budget = budgets.findByPlan(plan).orElseGet(() -> new Budget(plan));
    budget.draft(form.salaryScale().trim(), form.annualCostPerFte(), form.otherCostsEuro(), financing);
    budgets.save(budget);
    return financing;
  }

  /** Financing by the funding rules for the profile's fte and the contributions confirmed so far. */
  @Transactional(readOnly = true)
  public Financing finance(Plan plan, BigDecimal annualCostPerFte, BigDecimal otherCostsEuro) {
    return rules.finance(plan.getRound().terms(), fte(plan), annualCostPerFte, otherCostsEuro,
        plan.getAanvoerder().isGemeente(), plan.getAanvoerderContributionEuro(),
        plan.getContributions().stream().filter(c -> c.getStatus() == ContributionStatus.CONFIRMED)
            .map(Contribution::confirmedPledge).toList());
  }

  /** The plan's fte: its posts' together once drafted, else the approved or requested fte. */
  @Transactional(readOnly = true)
  public BigDecimal fte(Plan plan) {
    List<Post> drafted = posts.findByPlanOrderByNumber(plan);
    if (!drafted.isEmpty()) {
      return drafted.stream().map(Post::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    return plan.getApprovedFte() != null ? plan.getApprovedFte() : plan.getRequestedFte();
  }

  public void decideBudget(Plan plan, PlanForms.BudgetDecision form) {
    if ("approve".equals(form.budgetDecision())) {
      Budget budget = budgets.findByPlan(plan).orElseThrow(() -> InvalidFormDataException.of("budgetDecision", "Er is nog geen begroting."));
      Financing current = finance(plan, budget.getAnnualCostPerFte(), budget.getOtherCostsEuro());
      if (!current.sound()) {
        throw InvalidFormDataException.of("budgetDecision",
            "De begroting voldoet niet aan de financieringsregels: " + String.join(" ", current.problems()));
      }
    } else if (blank(form.budgetRemarks())) {
      throw InvalidFormDataException.of("budgetRemarks", "Schrijf op wat er aan profiel of begroting moet veranderen.");
    }
    reviews.save(new ReviewRecord(plan, ReviewRecord.Kind.BUDGET_REVIEW, form.budgetDecision(),
        trim(form.budgetRemarks()), currentUser.id(), ProcessValues.now()));
  }

  private Profile profile(Plan plan) {
    return profiles.findByPlan(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen profiel"));
  }

  /** A figure as Dutch readers write it: 1,5 and 36, not 1.50 and 36.00. */
  private static String dutch(BigDecimal value) {
    return Markdown.number(value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return blank(value) ? null : value.trim();
  }
}
