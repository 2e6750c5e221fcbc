package nl.coachplan.tasks;

import nl.coachplan.identity.CaseParties;
import nl.coachplan.planintake.CaseOfInstance;
import nl.coachplan.planintake.Contribution;
import nl.coachplan.planintake.ContributionRepository;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case a task belongs to, read from the case file: the plan from the instance's business key
 * ({@code P-2016-001}, or {@code P-2016-001/2} for a contract year), and for a speler's task the
 * contribution it is about, which must belong to that plan.
 */
@Component
@Transactional(readOnly = true)
public class TaskCases {

  /** A task's case: its plan's parties (null for a round's task) and the organisation of its contribution. */
  public record TaskCase(String reference, CaseParties parties, String contributionOrganisation) {}

  private final PlanRepository plans;
  private final ContributionRepository contributions;

  public TaskCases(PlanRepository plans, ContributionRepository contributions) {
    this.plans = plans;
    this.contributions = contributions;
  }

  public TaskCase of(String businessKey, Object contributionId) {
    if (businessKey == null || businessKey.isBlank()) {
      return new TaskCase(null, null, null);
    }
    String reference = CaseOfInstance.planReference(businessKey);
    Plan plan = plans.findByReference(reference).orElse(null);
    if (plan == null) {
      return new TaskCase(businessKey, null, null);
    }
    String organisation = null;
    if (contributionId instanceof Number id) {
      Contribution contribution = contributions.findById(id.longValue()).orElse(null);
      // A contribution of another plan is nobody's work on this one.
      if (contribution != null && contribution.getPlan().getId().equals(plan.getId())) {
        organisation = contribution.getOrganisation().getSlug();
      }
    }
    return new TaskCase(reference, plan.parties(), organisation);
  }
}
