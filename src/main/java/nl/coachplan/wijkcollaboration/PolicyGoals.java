package nl.coachplan.wijkcollaboration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.PlanStage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's policy goals ({@link Codes#OUTCOMES}) as figures: how many plans aim at each,
 * how many year reports gave a result on it, in words (a story) and as a number. For one wijk or
 * the whole municipality, in two grouped queries whatever the number of plans.
 */
@Component
@Transactional(readOnly = true)
public class PolicyGoals {

  /** Plans that no longer work anywhere: rejected, withdrawn, ended. */
  static final List<PlanStage> GONE = List.of(PlanStage.REJECTED, PlanStage.WITHDRAWN, PlanStage.ENDED);

  /**
   * One goal: {@code plansAiming} the plans (still working) that name it; {@code reportedResults} the year
   * reports with a result on it, {@code stories} those that told it in words, {@code resultNumberSum} the
   * sum of the numbers given (null when none was).
   */
  public record Goal(String outcome, String label, long plansAiming, long reportedResults, long stories, BigDecimal resultNumberSum) {}

  private final EntityManager em;

  public PolicyGoals(EntityManager em) {
    this.em = em;
  }

  /**
   * Every goal, in the order of the list; {@code wijkCode} null for the whole municipality, {@code year}
   * null for every year report (else the reports of contract years ending in that calendar year).
   */
  public List<Goal> of(String wijkCode, Integer year) {
    // A plan is in a wijk once (plan_wijk's key): the join adds no rows.
    String join = wijkCode == null ? "" : " join p.wijken w";
    String inWijk = wijkCode == null ? "" : " and w.code = :code";
    TypedQuery<Object[]> aiming = em.createQuery("select o.outcome, count(distinct p) from Plan p join p.outcomes o" + join
        + " where p.stage not in :gone" + inWijk + " group by o.outcome", Object[].class).setParameter("gone", GONE);
    TypedQuery<Object[]> results = em.createQuery("""
        select o.outcome, count(distinct r), sum(case when o.resultText is null then 0 else 1 end), sum(o.resultNumber)
        from YearReport r join r.outcomes o join r.contract c join c.plan p""" + join
        + " where (o.resultText is not null or o.resultNumber is not null)" + inWijk
        + (year == null ? "" : " and c.endDate >= :from and c.endDate <= :to") + " group by o.outcome", Object[].class);
    if (wijkCode != null) {
      aiming.setParameter("code", wijkCode);
      results.setParameter("code", wijkCode);
    }
    if (year != null) {
      results.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
    }
    Map<String, Long> plans = new HashMap<>();
    for (Object[] row : aiming.getResultList()) {
      plans.put((String) row[0], ((Number) row[1]).longValue());
    }
    Map<String, Object[]> reported = new HashMap<>();
    for (Object[] row : results.getResultList()) {
      reported.put((String) row[0], row);
    }
    List<Goal> goals = new ArrayList<>();
    for (var goal : Codes.OUTCOMES.entrySet()) {
      Object[] r = reported.get(goal.getKey());
      goals.add(new Goal(goal.getKey(), goal.getValue(), plans.getOrDefault(goal.getKey(), 0L),
          r == null ? 0 : ((Number) r[1]).longValue(), r == null ? 0 : ((Number) r[2]).longValue(),
          r == null ? null : decimal(r[3])));
    }
    return goals;
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
