package nl.coachplan.planintake;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's case file, read: the plan, its contributions, profile and posts, budget, review records and texts.
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
  private final PostRepository posts;
  private final BudgetRepository budgets;
  private final ReviewRecordRepository reviews;
  private final PlanVersionRepository versions;
  private final EntityManager entityManager;

  public Plans(PlanRepository plans, ContributionRepository contributions, ProfileRepository profiles, PostRepository posts,
      BudgetRepository budgets, ReviewRecordRepository reviews, PlanVersionRepository versions, EntityManager entityManager) {
    this.entityManager = entityManager;
    this.plans = plans;
    this.contributions = contributions;
    this.profiles = profiles;
    this.posts = posts;
    this.budgets = budgets;
    this.reviews = reviews;
    this.versions = versions;
  }

  /** By natural id: the steps of one transaction read their plan once (a start read it five times). */
  public Plan requireReference(String reference) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(Plan.class).loadOptional(reference)
        .orElseThrow(() -> new IllegalStateException("Plan " + reference + " bestaat niet"));
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

  /** The posts the approved fte are divided into, by number; none before the profile is drafted. */
  public List<Post> posts(Plan plan) {
    return posts.findByPlanOrderByNumber(plan);
  }

  /** A post of a plan by its number (the number a hiring or contract-year business key carries). */
  public Optional<Post> post(String reference, int number) {
    return posts.findByPlanReferenceAndNumber(reference, number);
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
