package nl.coachplan.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.contractrenewal.YearReport;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.PlanStage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the dashboard, each computed by the database as one aggregate query; lists are
 * read a page at a time, with their contract figures in one grouped query (no query per plan).
 */
@Component
@Transactional(readOnly = true)
public class DashboardQueries {

  /** Stages whose plans hold approved fte: past the joint review and not ended. */
  static final List<PlanStage> APPROVED = List.of(PlanStage.DRAFTING, PlanStage.BUDGET_REVIEW, PlanStage.HIRING,
      PlanStage.ACTIVE, PlanStage.STRUCTURAL);
  /** Stages whose budget is being spent or about to be. */
  static final List<PlanStage> RUNNING = List.of(PlanStage.HIRING, PlanStage.ACTIVE, PlanStage.STRUCTURAL);

  private final EntityManager em;

  public DashboardQueries(EntityManager em) {
    this.em = em;
  }

  public BigDecimal filledFte(FundingRound round) {
    return em.createQuery("""
        select coalesce(sum(c.fte), 0) from Contract c
        where c.plan.round.id = :round and c.status in :statuses""", BigDecimal.class)
        .setParameter("round", round.getId())
        .setParameter("statuses", List.of(ContractStatus.ACTIVE, ContractStatus.STRUCTURAL)).getSingleResult();
  }

  /** Per stage: the number of plans and the fte approved for them, in one grouped query. */
  public record StageFigures(Map<String, Long> plansByStage, BigDecimal approvedFte, long plans) {}

  public StageFigures stageFigures(FundingRound round) {
    Map<PlanStage, Long> counts = new HashMap<>();
    BigDecimal approved = BigDecimal.ZERO;
    long plans = 0;
    for (Object[] row : em.createQuery(
        "select p.stage, count(p), coalesce(sum(p.approvedFte), 0) from Plan p where p.round.id = :round group by p.stage",
        Object[].class).setParameter("round", round.getId()).getResultList()) {
      PlanStage stage = (PlanStage) row[0];
      counts.put(stage, (Long) row[1]);
      plans += (Long) row[1];
      if (APPROVED.contains(stage)) {
        approved = approved.add((BigDecimal) row[2]);
      }
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (PlanStage stage : PlanStage.values()) {
      ordered.put(stage.name(), counts.getOrDefault(stage, 0L));
    }
    return new StageFigures(ordered, approved, plans);
  }

  public RoundDashboard.Funding funding(FundingRound round) {
    Object[] row = em.createQuery("""
        select coalesce(sum(b.rijkEuro), 0), coalesce(sum(b.aanvoerderEuro), 0), coalesce(sum(b.spelersEuro), 0),
               coalesce(sum(b.gemeenteEuro), 0), coalesce(sum(b.inKindEuro), 0), coalesce(sum(b.inKindHoursPerYear), 0)
        from Budget b where b.plan.round.id = :round and b.plan.stage in :stages""", Object[].class)
        .setParameter("round", round.getId()).setParameter("stages", RUNNING).getSingleResult();
    return new RoundDashboard.Funding((BigDecimal) row[0], (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
        (BigDecimal) row[4], ((Number) row[5]).longValue());
  }

  public List<RoundDashboard.ExpiringContract> expiringContracts(FundingRound round, LocalDate today, int days) {
    return em.createQuery("""
        select new nl.coachplan.dashboard.RoundDashboard$ExpiringContract(p.reference, p.title, c.coach.name, c.contractYear, c.endDate)
        from Contract c join c.plan p
        where p.round.id = :round and c.status = :active and c.endDate >= :today and c.endDate <= :until
        order by c.endDate, p.reference""", RoundDashboard.ExpiringContract.class)
        .setParameter("round", round.getId()).setParameter("active", ContractStatus.ACTIVE)
        .setParameter("today", today).setParameter("until", today.plusDays(days)).getResultList();
  }

  /**
   * Open tasks of a round's plans due before the given moment, per candidate group. The engine's
   * task query cannot group, and a count per organisation grows with the organisations: this reads
   * the engine's runtime tables once (read-only; these columns are Camunda 7's stable schema).
   */
  public Map<String, Long> overdueTasksByGroup(int year, java.util.Date before) {
    Map<String, Long> counts = new HashMap<>();
    List<?> rows = em.createNativeQuery("""
        select l.GROUP_ID_, count(distinct t.ID_) from ACT_RU_TASK t
        join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
        join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
        where e.BUSINESS_KEY_ like :plans and t.DUE_DATE_ < :before and l.GROUP_ID_ is not null
        group by l.GROUP_ID_""")
        .setParameter("plans", "P-" + year + "-%").setParameter("before", new java.sql.Timestamp(before.getTime()))
        .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counts.put((String) columns[0], ((Number) columns[1]).longValue());
    }
    return counts;
  }

  public long countPlans(FundingRound round, Filter filter, Viewer viewer) {
    TypedQuery<Long> query = em.createQuery("select count(p) from Plan p join p.aanvoerder a where p.round.id = :round"
        + filter.where() + access(viewer), Long.class);
    return bind(query, round, filter, viewer).getSingleResult();
  }

  /** A page of the round's plans with their contract years, renewals and latest embedding steps. */
  public List<PlanRow> plans(FundingRound round, Filter filter, Viewer viewer, int page, int size) {
    TypedQuery<Object[]> query = em.createQuery("""
        select p.id, p.reference, p.title, a.slug, a.name, p.stage, coalesce(p.approvedFte, p.requestedFte)
        from Plan p join p.aanvoerder a where p.round.id = :round""" + filter.where() + access(viewer)
        + " order by p.reference", Object[].class);
    List<Object[]> rows = bind(query, round, filter, viewer).setFirstResult(page * size).setMaxResults(size).getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
    Map<Long, long[]> years = new HashMap<>();
    // A plan's contract years, whichever of its posts runs them: its posts' years count once.
    em.createQuery("""
        select c.plan.id, count(distinct c.contractYear), count(distinct case when c.status = :renewed then c.contractYear end)
        from Contract c where c.plan.id in :ids group by c.plan.id""", Object[].class)
        .setParameter("renewed", ContractStatus.RENEWED).setParameter("ids", ids).getResultList()
        .forEach(r -> years.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
    Map<Long, List<String>> steps = new HashMap<>();
    em.createQuery("""
        select r from YearReport r join fetch r.contract c where c.plan.id in :ids order by c.contractYear""", YearReport.class)
        .setParameter("ids", ids).getResultList()
        .forEach(r -> steps.put(r.getContract().getPlan().getId(), r.getEmbeddingSteps().stream()
            .map(s -> nl.coachplan.contractrenewal.EmbeddingSteps.LABELS.getOrDefault(s, s)).toList()));
    List<PlanRow> result = new ArrayList<>();
    for (Object[] r : rows) {
      PlanStage stage = (PlanStage) r[5];
      long[] y = years.getOrDefault((Long) r[0], new long[] {0, 0});
      result.add(new PlanRow((String) r[1], (String) r[2], (String) r[3], (String) r[4], stage.name(), stage.label(),
          (BigDecimal) r[6], (int) y[0], (int) y[1], steps.getOrDefault((Long) r[0], List.of())));
    }
    return result;
  }

  private static String access(Viewer viewer) {
    if (viewer.seesMunicipality()) {
      return "";
    }
    return " and (a.slug in :orgs or exists (select 1 from Contribution c where c.plan = p and c.organisation.slug in :orgs))";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, FundingRound round, Filter filter, Viewer viewer) {
    query.setParameter("round", round.getId());
    if (filter.stage() != null) {
      query.setParameter("stage", filter.stage());
    }
    if (filter.aanvoerder() != null) {
      query.setParameter("aanvoerder", filter.aanvoerder());
    }
    if (!viewer.seesMunicipality()) {
      List<String> orgs = viewer.organisationSlugs();
      query.setParameter("orgs", orgs.isEmpty() ? List.of("-") : orgs);
    }
    return query;
  }

  /** Optional filters of the plan lists. */
  public record Filter(PlanStage stage, String aanvoerder) {

    String where() {
      return (stage == null ? "" : " and p.stage = :stage") + (aanvoerder == null ? "" : " and a.slug = :aanvoerder");
    }
  }
}
