package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
  private final BudgetRepository budgets;
  private final ReviewRecordRepository reviews;
  private final FundingRules rules;
  private final CurrentUser currentUser;

  public ProfileAndBudget(ProfileRepository profiles, BudgetRepository budgets, ReviewRecordRepository reviews, FundingRules rules,
      CurrentUser currentUser) {
    this.profiles = profiles;
    this.budgets = budgets;
    this.reviews = reviews;
    this.rules = rules;
    this.currentUser = currentUser;
  }

  public Profile draftProfile(Plan plan, PlanForms.ProfileDraft form) {
    List<Violation> violations = new ArrayList<>();
    if (!Codes.PROFILE_TYPES.containsKey(form.profileType())) {
      violations.add(new Violation("profileType", "Onbekend functieprofiel '" + form.profileType() + "'. Kies uit: "
          + Codes.allowed(Codes.PROFILE_TYPES) + "."));
    }
    List<String> competencies = form.competencies() == null ? List.of() : form.competencies().stream().distinct().toList();
    competencies.stream().filter(c -> !Codes.COMPETENCIES.containsKey(c)).forEach(c -> violations.add(
        new Violation("competencies", "Onbekende competentie '" + c + "'. Kies uit: " + Codes.allowed(Codes.COMPETENCIES) + ".")));
    BigDecimal fte = rules.fteFromHours(form.hoursPerWeek());
    if (plan.getApprovedFte() != null && fte.compareTo(plan.getApprovedFte()) > 0) {
      violations.add(new Violation("hoursPerWeek", dutch(form.hoursPerWeek())
          + " uur per week is " + dutch(fte) + " fte; dat is meer dan de goedgekeurde "
          + dutch(plan.getApprovedFte()) + " fte (voltijd is "
          + dutch(rules.fullTimeHours()) + " uur)."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    Profile profile = profiles.findByPlan(plan).orElseGet(() -> new Profile(plan));
    profile.draft(form.profileType(), trim(form.localTitle()), form.hoursPerWeek(), form.tasks().trim(), competencies);
    return profiles.save(profile);
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

  /** The coach's fte: from the profile's hours once drafted, else the approved or requested fte. */
  @Transactional(readOnly = true)
  public BigDecimal fte(Plan plan) {
    return profiles.findByPlan(plan).map(p -> rules.fteFromHours(p.getHoursPerWeek()))
        .orElse(plan.getApprovedFte() != null ? plan.getApprovedFte() : plan.getRequestedFte());
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
