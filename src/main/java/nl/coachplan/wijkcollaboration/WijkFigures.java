package nl.coachplan.wijkcollaboration;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
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

  public WijkFigures(EntityManager em) {
    this.em = em;
  }

  public record BySource(String source, String label, long referrals, long started, long feedbackGiven) {}

  public record Figures(String wijk, String name, long activities, long referrals, long started, long feedbackGiven,
      long awaitingAnswer, List<BySource> bySource) {}

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
    return new Figures(code, name, activities, referrals, started, feedback, awaiting, bySource);
  }

  /** Started: whoever started, stopped later or still takes part. */
  static boolean started(ReferralStatus status) {
    return status == ReferralStatus.STARTED || status == ReferralStatus.CONTINUING || status == ReferralStatus.STOPPED;
  }
}
