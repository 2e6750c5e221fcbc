package nl.coachplan.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * contribution it is about, which must belong to that plan. Read for many tasks at once (a task list)
 * in two statements at most, whatever their number.
 */
@Component
@Transactional(readOnly = true)
public class TaskCases {

  /** A task's case: its plan's parties (null for a round's task) and the organisation of its contribution. */
  public record TaskCase(String reference, CaseParties parties, String contributionOrganisation) {}

  /** What a task names of its case: its instance's business key and, for a speler's task, its contribution's id. */
  public record Key(String businessKey, Object contributionId) {}

  private final PlanRepository plans;
  private final ContributionRepository contributionEntities;

  public TaskCases(PlanRepository plans, ContributionRepository contributionEntities) {
    this.plans = plans;
    this.contributionEntities = contributionEntities;
  }

  public TaskCase of(String businessKey, Object contributionId) {
    Key key = new Key(businessKey, contributionId);
    return of(List.of(key)).get(key);
  }

  /**
   * The case of a task being completed, read as the step's own entities: the step that follows reads
   * the same plan, so inside its transaction this costs nothing the step would not read anyway.
   */
  public TaskCase withinStep(String businessKey, Object contributionId) {
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
      Contribution contribution = contributionEntities.findById(id.longValue()).orElse(null);
      if (contribution != null && contribution.getPlan().getId().equals(plan.getId())) {
        organisation = contribution.getOrganisation().getSlug();
      }
    }
    return new TaskCase(reference, plan.parties(), organisation);
  }

  /** Each key's case. */
  public Map<Key, TaskCase> of(Collection<Key> keys) {
    Set<String> references = new HashSet<>();
    for (Key key : keys) {
      if (key.businessKey() != null && !key.businessKey().isBlank()) {
        references.add(CaseOfInstance.planReference(key.businessKey()));
      }
    }
    Map<String, String> aanvoerders = new HashMap<>();
    Map<String, Set<String>> spelers = new HashMap<>();
    // A contribution's organisation, by its plan and id: a contribution of another plan is nobody's work on this one.
    Map<String, Map<Long, String>> contributions = new HashMap<>();
    if (!references.isEmpty()) {
      for (Object[] row : plans.findAanvoerderSlugsByReferenceIn(references)) {
        aanvoerders.put((String) row[0], (String) row[1]);
      }
    }
    if (!aanvoerders.isEmpty()) {
      for (Object[] row : plans.findContributionOrganisationsByReferenceIn(aanvoerders.keySet())) {
        spelers.computeIfAbsent((String) row[0], reference -> new HashSet<>()).add((String) row[2]);
        contributions.computeIfAbsent((String) row[0], reference -> new HashMap<>()).put(((Number) row[1]).longValue(), (String) row[2]);
      }
    }
    Map<Key, TaskCase> cases = new LinkedHashMap<>();
    for (Key key : keys) {
      cases.put(key, caseOf(key, aanvoerders, spelers, contributions));
    }
    return cases;
  }

  private static TaskCase caseOf(Key key, Map<String, String> aanvoerders, Map<String, Set<String>> spelers,
      Map<String, Map<Long, String>> contributions) {
    if (key.businessKey() == null || key.businessKey().isBlank()) {
      return new TaskCase(null, null, null);
    }
    String reference = CaseOfInstance.planReference(key.businessKey());
    String aanvoerder = aanvoerders.get(reference);
    if (aanvoerder == null) {
      return new TaskCase(key.businessKey(), null, null);
    }
    String organisation = key.contributionId() instanceof Number id
        ? contributions.getOrDefault(reference, Map.of()).get(id.longValue()) : null;
    return new TaskCase(reference, new CaseParties(aanvoerder, Set.copyOf(spelers.getOrDefault(reference, Set.of()))), organisation);
  }
}
