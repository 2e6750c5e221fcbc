package nl.coachplan.planintake;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's case file, read: the plan, its contributions, profile, budget, review records and texts.
 * What changes a plan is elsewhere: its contents ({@link PlanContents}), the intake's decisions
 * ({@link IntakeDecisions}), profile and budget ({@link ProfileAndBudget}), and what the processes
 * after approval change ({@link ApprovedPlans}).
 */
@Service
@Transactional(readOnly = true)
public class Plans {

  private final PlanRepository plans;
  private final ContributionRepository contributions;
  private final ProfileRepository profiles;
  private final BudgetRepository budgets;
  private final ReviewRecordRepository reviews;
  private final PlanVersionRepository versions;

  public Plans(PlanRepository plans, ContributionRepository contributions, ProfileRepository profiles,
      BudgetRepository budgets, ReviewRecordRepository reviews, PlanVersionRepository versions) {
    this.plans = plans;
    this.contributions = contributions;
    this.profiles = profiles;
    this.budgets = budgets;
    this.reviews = reviews;
    this.versions = versions;
  }

  public Plan requireReference(String reference) {
    return plans.findByReference(reference).orElseThrow(() -> new IllegalStateException("Plan " + reference + " bestaat niet"));
  }

  public Contribution contribution(long contributionId) {
    return contributions.findById(contributionId)
        .orElseThrow(() -> new IllegalStateException("Bijdrage " + contributionId + " bestaat niet"));
  }

  /** The contributions still to be confirmed (after a submission or a revision). */
  public List<Long> pendingContributionIds(Plan plan) {
    return plan.getContributions().stream()
        .filter(c -> c.getStatus() == ContributionStatus.PENDING)
        .map(Contribution::getId)
        .toList();
  }

  /** The contributions confirmed for the current contract year. */
  public List<Contribution> confirmedContributions(Plan plan) {
    return plan.getContributions().stream().filter(c -> c.getStatus() == ContributionStatus.CONFIRMED).toList();
  }

  public Optional<Profile> profileOf(Plan plan) {
    return profiles.findByPlan(plan);
  }

  public Optional<Budget> budget(Plan plan) {
    return budgets.findByPlan(plan);
  }

  public List<ReviewRecord> reviews(Plan plan) {
    return reviews.findByPlanOrderByRecordedAtAscIdAsc(plan);
  }

  /** The plan's texts, first submission first. */
  public List<PlanVersion> versions(Plan plan) {
    return versions.ofPlan(plan);
  }
}
