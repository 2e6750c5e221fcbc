package nl.coachplan.wijkcollaboration;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.activitylisting.ActivityStatus;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.referral.ReferralSource;
import nl.coachplan.referral.ReferralStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens in a wijk, as figures for the council and for partners who might cofinance (seed 001):
 * the listed aanbod, the referrals, how many started and how many the provider answered, by who
 * asked. Each in one grouped query, never one per referral.
 */
@Component
public class WijkFigures {

  private final EntityManager em;
  private final PolicyGoals goals;

  public WijkFigures(EntityManager em, PolicyGoals goals) {
    this.em = em;
    this.goals = goals;
  }

  public record BySource(String source, String label, long referrals, long started, long feedbackGiven) {}

  /**
   * {@code plans}: the plans (still working) that name the wijk; {@code coaches}: their coaches with a contract
   * running today, or in {@code year}; {@code outcomes}: per policy goal, see {@link PolicyGoals}.
   */
  public record Figures(String wijk, String name, long activities, long referrals, long started, long feedbackGiven,
      long awaitingAnswer, List<BySource> bySource, long plans, long coaches, List<PolicyGoals.Goal> outcomes) {}

  /** A wijk's key figures, for the list of every wijk. */
  public record KeyFigures(String wijk, String name, long activities, long referrals, long started, long feedbackGiven, long plans,
      long coaches) {}

  /** Every wijk's key figures, in code order: one grouped query per figure, whatever the number of wijken. */
  @Transactional(readOnly = true)
  public List<KeyFigures> everyWijk(Integer year) {
    Map<String, Long> activities = counts(em.createQuery("""
        select w.code, count(distinct a) from Activity a join a.wijken w where a.status = :listed group by w.code""", Object[].class)
        .setParameter("listed", ActivityStatus.LISTED).getResultList());
    var query = em.createQuery("""
        select r.wijk.code, r.status, count(r), sum(case when r.answeredAt is null then 0 else 1 end) from Referral r"""
        + (year == null ? "" : " where r.referredAt >= :from and r.referredAt < :to") + " group by r.wijk.code, r.status",
        Object[].class);
    if (year != null) {
      query.setParameter("from", ProcessValues.startOfDay(LocalDate.of(year, 1, 1)).toInstant())
          .setParameter("to", ProcessValues.startOfDay(LocalDate.of(year + 1, 1, 1)).toInstant());
    }
    Map<String, long[]> referrals = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      long[] c = referrals.computeIfAbsent((String) row[0], code -> new long[3]);
      long n = ((Number) row[2]).longValue();
      c[0] += n;
      c[1] += started((ReferralStatus) row[1]) ? n : 0;
      c[2] += ((Number) row[3]).longValue();
    }
    Map<String, Long> plans = counts(em.createQuery("""
        select w.code, count(p) from Plan p join p.wijken w where p.stage not in :gone group by w.code""", Object[].class)
        .setParameter("gone", PolicyGoals.GONE).getResultList());
    LocalDate[] period = period(year);
    Map<String, Long> coaches = counts(em.createQuery("""
        select w.code, count(distinct c.coach) from Contract c join c.plan p join p.wijken w
        where c.startDate <= :to and c.endDate >= :from group by w.code""", Object[].class)
        .setParameter("from", period[0]).setParameter("to", period[1]).getResultList());
    List<KeyFigures> all = new ArrayList<>();
    for (Object[] wijk : em.createQuery("select w.code, w.name from Wijk w order by w.code", Object[].class).getResultList()) {
      String code = (String) wijk[0];
      long[] r = referrals.getOrDefault(code, new long[3]);
      all.add(new KeyFigures(code, (String) wijk[1], activities.getOrDefault(code, 0L), r[0], r[1], r[2], plans.getOrDefault(code, 0L),
          coaches.getOrDefault(code, 0L)));
    }
    return all;
  }

  private static Map<String, Long> counts(List<Object[]> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  /** Today, or the calendar year. */
  private static LocalDate[] period(Integer year) {
    return year == null ? new LocalDate[] {ProcessValues.today(), ProcessValues.today()}
        : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
  }

  /** The figures of the wijk, all referrals so far; {@code year} limits them to referrals of that year. */
  @Transactional(readOnly = true)
  public Figures of(String code) {
    return of(code, null);
  }

  @Transactional(readOnly = true)
  public Figures of(String code, Integer year) {
    String name = em.createQuery("select w.name from Wijk w where w.code = :code", String.class).setParameter("code", code)
        .getSingleResult();
    long activities = em.createQuery("""
        select count(distinct a) from Activity a join a.wijken w where w.code = :code and a.status = :listed""", Long.class)
        .setParameter("code", code).setParameter("listed", ActivityStatus.LISTED).getSingleResult();
    var query = em.createQuery("""
        select r.source, r.status, count(r), sum(case when r.answeredAt is null then 0 else 1 end)
        from Referral r where r.wijk.code = :code""" + (year == null ? "" : " and r.referredAt >= :from and r.referredAt < :to")
        + " group by r.source, r.status", Object[].class).setParameter("code", code);
    if (year != null) {
      query.setParameter("from", ProcessValues.startOfDay(LocalDate.of(year, 1, 1)).toInstant())
          .setParameter("to", ProcessValues.startOfDay(LocalDate.of(year + 1, 1, 1)).toInstant());
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    ReferralSource.CODES.keySet().forEach(source -> counts.put(source, new long[3]));
    long awaiting = 0;
    for (Object[] row : query.getResultList()) {
      long[] c = counts.computeIfAbsent((String) row[0], s -> new long[3]);
      ReferralStatus status = (ReferralStatus) row[1];
      long n = ((Number) row[2]).longValue();
      c[0] += n;
      if (started(status)) {
        c[1] += n;
      }
      c[2] += ((Number) row[3]).longValue();
      if (status == ReferralStatus.AWAITING) {
        awaiting += n;
      }
    }
    List<BySource> bySource = new ArrayList<>();
    long referrals = 0;
    long started = 0;
    long feedback = 0;
    for (var entry : counts.entrySet()) {
      long[] c = entry.getValue();
      bySource.add(new BySource(entry.getKey(), ReferralSource.CODES.getOrDefault(entry.getKey(), entry.getKey()), c[0], c[1], c[2]));
      referrals += c[0];
      started += c[1];
      feedback += c[2];
    }
    return new Figures(code, name, activities, referrals, started, feedback, awaiting, bySource, plans(code), coaches(code, year),
        goals.of(code, year));
  }

  private long plans(String code) {
    return em.createQuery("select count(p) from Plan p join p.wijken w where w.code = :code and p.stage not in :gone", Long.class)
        .setParameter("code", code).setParameter("gone", PolicyGoals.GONE).getSingleResult();
  }

  /** The plans' coaches work in the plans' wijken: a coach counts once, with a contract running today or in the year. */
  private long coaches(String code, Integer year) {
    LocalDate[] period = period(year);
    return em.createQuery("""
        select count(distinct c.coach) from Contract c join c.plan p join p.wijken w
        where w.code = :code and c.startDate <= :to and c.endDate >= :from""", Long.class)
        .setParameter("code", code).setParameter("from", period[0]).setParameter("to", period[1]).getSingleResult();
  }

  /** Started: whoever started, stopped later or still takes part. */
  static boolean started(ReferralStatus status) {
    return status == ReferralStatus.STARTED || status == ReferralStatus.CONTINUING || status == ReferralStatus.STOPPED;
  }
}
