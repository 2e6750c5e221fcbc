package nl.coachplan.dashboard;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.contractrenewal.FrozenYears;
import nl.coachplan.contractrenewal.StructuralFunding;
import nl.coachplan.contractrenewal.YearFigures;
import nl.coachplan.contractrenewal.YearReport;
import nl.coachplan.engine.Markdown;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.Budget;
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor per municipality-year: every coach with a contract in the calendar year, whichever
 * round approved the plan, and every structurally funded coach from then on, with the drafted
 * profile and the year's money. A contract year's money is the one frozen when it was reported or
 * decided ({@link YearFigures}); only a year not yet reported shows the plan's budget as it stands.
 * A plan of several posts shows each coach with its post's share of the money (its share of the
 * posts' fte), so the rows add up to the plan's budget.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityMonitor {

  /** One coach's contract year (or, after structural funding, the coach as locally funded) in the calendar year. */
  public record Row(String reference, String title, String aanvoerder, String coach, Integer contractYear, LocalDate startDate,
      LocalDate endDate, String status, String statusLabel, String profileType, String profileLabel, String localTitle,
      BigDecimal hoursPerWeek, BigDecimal fte, BigDecimal totalCostEuro, BigDecimal rijkEuro, BigDecimal aanvoerderEuro,
      BigDecimal spelersEuro, BigDecimal gemeenteEuro, BigDecimal inKindEuro, Integer inKindHoursPerYear,
      Integer participantsReached, boolean frozen) {}

  public record Year(int year, String municipalityCode, String municipalityName, int coaches, List<Row> rows) {}

  private final EntityManager em;
  private final FrozenYears frozenYears;
  private final Organisations organisations;

  public MunicipalityMonitor(EntityManager em, FrozenYears frozenYears, Organisations organisations) {
    this.em = em;
    this.frozenYears = frozenYears;
    this.organisations = organisations;
  }

  public Year year(int year) {
    String code = organisations.municipalityCode();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    List<Contract> contracts = em.createQuery("""
        select c from Contract c join fetch c.plan p join fetch p.aanvoerder join fetch c.coach join fetch c.post o
        where p.round.municipality.code = :code and c.startDate <= :to and c.endDate >= :from
        order by p.reference, o.number, c.contractYear""", Contract.class)
        .setParameter("code", code).setParameter("from", from).setParameter("to", to).getResultList();
    Map<Long, YearFigures> frozen = new HashMap<>();
    frozenYears.of(contracts).forEach(f -> frozen.put(f.getContract().getId(), f));
    // Structural funding is a post's: each post's coach is shown on its own.
    Map<Long, StructuralFunding> structural = new HashMap<>();
    em.createQuery("""
        select s from StructuralFunding s join fetch s.post o join fetch o.plan p
        where p.round.municipality.code = :code and s.effectiveDate <= :to""", StructuralFunding.class)
        .setParameter("code", code).setParameter("to", to).getResultList()
        .forEach(s -> structural.put(s.getPost().getId(), s));
    Set<Long> postsShown = new HashSet<>();
    contracts.forEach(c -> postsShown.add(c.getPost().getId()));
    // Structurally funded before this year: no contract year of ours runs, the coach still works for the plan.
    List<Long> fundedBefore = structural.keySet().stream().filter(id -> !postsShown.contains(id)).toList();
    List<Contract> lastBeforeYear = fundedBefore.isEmpty() ? List.of() : em.createQuery("""
        select c from Contract c join fetch c.plan p join fetch p.aanvoerder join fetch c.coach join fetch c.post o
        where o.id in :posts and c.status = :structural order by p.reference, o.number""", Contract.class)
        .setParameter("posts", fundedBefore).setParameter("structural", ContractStatus.STRUCTURAL).getResultList();
    List<Plan> plans = new ArrayList<>();
    contracts.forEach(c -> plans.add(c.getPlan()));
    lastBeforeYear.forEach(c -> plans.add(c.getPlan()));
    Map<Long, Profile> profiles = new HashMap<>();
    Map<Long, Budget> budgets = new HashMap<>();
    // Plans of several posts, with their posts' fte together: each coach's row has its post's share of the money.
    Map<Long, BigDecimal> severalPosts = new HashMap<>();
    Map<Long, Integer> reached = new HashMap<>();
    if (!plans.isEmpty()) {
      em.createQuery("select p from Profile p where p.plan in :plans", Profile.class).setParameter("plans", plans).getResultList()
          .forEach(p -> profiles.put(p.getPlan().getId(), p));
      em.createQuery("select b from Budget b where b.plan in :plans", Budget.class).setParameter("plans", plans).getResultList()
          .forEach(b -> budgets.put(b.getPlan().getId(), b));
      em.createQuery("select o.plan.id, sum(o.fte) from Post o where o.plan in :plans group by o.plan.id having count(o) > 1",
          Object[].class).setParameter("plans", plans).getResultList()
          .forEach(r -> severalPosts.put((Long) r[0], (BigDecimal) r[1]));
    }
    if (!contracts.isEmpty()) {
      em.createQuery("select r from YearReport r where r.contract in :contracts", YearReport.class).setParameter("contracts", contracts)
          .getResultList().forEach(r -> reached.put(r.getContract().getId(), r.getParticipantsReached()));
    }
    List<Row> rows = new ArrayList<>();
    Set<Long> coaches = new HashSet<>();
    for (Contract c : contracts) {
      coaches.add(c.getCoach().getId());
      YearFigures f = frozen.get(c.getId());
      Plan plan = c.getPlan();
      BigDecimal share = severalPosts.containsKey(plan.getId())
          ? c.getPost().getFte().divide(severalPosts.get(plan.getId()), java.math.MathContext.DECIMAL64) : null;
      String status = c.getStatus().name();
      String statusLabel = c.getStatus() == ContractStatus.STRUCTURAL && c.getLocallyFundedFrom() != null
          ? "Structureel gefinancierd sinds " + Markdown.date(c.getLocallyFundedFrom()) : c.getStatus().label();
      if (f != null) {
        rows.add(new Row(plan.getReference(), plan.getTitle(), plan.getAanvoerder().getName(), c.getCoach().getName(),
            c.getContractYear(), c.getStartDate(), c.getEndDate(), status, statusLabel, f.getProfileType(),
            Codes.profileLabel(f.getProfileType()), f.getLocalTitle(), f.getHoursPerWeek(), fte(f.getFte()), part(f.getTotalCostEuro(), share),
            part(f.getRijkEuro(), share), part(f.getAanvoerderEuro(), share), part(f.getSpelersEuro(), share),
            part(f.getGemeenteEuro(), share), part(f.getInKindEuro(), share), part(f.getInKindHoursPerYear(), share),
            f.getParticipantsReached(), true));
      } else {
        Profile p = profiles.get(plan.getId());
        Budget b = budgets.get(plan.getId());
        String type = p == null ? plan.getProfileType() : p.getProfileType();
        rows.add(new Row(plan.getReference(), plan.getTitle(), plan.getAanvoerder().getName(), c.getCoach().getName(),
            c.getContractYear(), c.getStartDate(), c.getEndDate(), status, statusLabel, type, Codes.profileLabel(type),
            p == null ? null : p.getLocalTitle(), c.getHoursPerWeek(), fte(c.getFte()), b == null ? null : part(b.getTotalCostEuro(), share),
            b == null ? null : part(b.getRijkEuro(), share), b == null ? null : part(b.getAanvoerderEuro(), share),
            b == null ? null : part(b.getSpelersEuro(), share), b == null ? null : part(b.getGemeenteEuro(), share),
            b == null ? null : part(b.getInKindEuro(), share), b == null ? null : part(b.getInKindHoursPerYear(), share),
            reached.get(c.getId()), false));
      }
    }
    for (Contract c : lastBeforeYear) {
      coaches.add(c.getCoach().getId());
      Plan plan = c.getPlan();
      Profile p = profiles.get(plan.getId());
      String type = p == null ? plan.getProfileType() : p.getProfileType();
      StructuralFunding s = structural.get(c.getPost().getId());
      // Paid locally: no Rijk money and no contract year of ours; what the aanvoerder pays is not ours to report.
      rows.add(new Row(plan.getReference(), plan.getTitle(), plan.getAanvoerder().getName(), c.getCoach().getName(), null,
          s.getEffectiveDate(), null, ContractStatus.STRUCTURAL.name(),
          "Structureel gefinancierd sinds " + Markdown.date(s.getEffectiveDate()), type, Codes.profileLabel(type),
          p == null ? null : p.getLocalTitle(), c.getHoursPerWeek(), fte(c.getFte()), null, BigDecimal.ZERO.setScale(2), null, null,
          null, null, null, null, false));
    }
    String name = organisations.municipality().getName();
    return new Year(year, code, name, coaches.size(), rows);
  }

  /** A post's share of its plan's money (all of it for a plan of one post). */
  private static BigDecimal part(BigDecimal amount, BigDecimal share) {
    return amount == null || share == null ? amount : amount.multiply(share).setScale(2, RoundingMode.HALF_UP);
  }

  private static Integer part(Integer hours, BigDecimal share) {
    return hours == null || share == null ? hours : BigDecimal.valueOf(hours).multiply(share).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  /** The year as a table for the CSV and Excel exports. */
  public Table table(int year) {
    Year monitor = year(year);
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : monitor.rows()) {
      List<Object> row = new ArrayList<>();
      row.add(monitor.municipalityCode());
      row.add(year);
      row.add(r.reference());
      row.add(r.title());
      row.add(r.aanvoerder());
      row.add(r.coach());
      row.add(r.contractYear());
      row.add(r.startDate() == null ? null : r.startDate().toString());
      row.add(r.endDate() == null ? null : r.endDate().toString());
      row.add(r.statusLabel());
      row.add(r.profileLabel());
      row.add(r.localTitle());
      row.add(r.hoursPerWeek());
      row.add(r.fte());
      row.add(r.totalCostEuro());
      row.add(r.rijkEuro());
      row.add(r.aanvoerderEuro());
      row.add(r.spelersEuro());
      row.add(r.gemeenteEuro());
      row.add(r.inKindEuro());
      row.add(r.inKindHoursPerYear());
      row.add(r.participantsReached());
      row.add(r.frozen() ? "ja" : "nee");
      rows.add(row);
    }
    return new Table("Monitor " + year, List.of("Gemeente", "Jaar", "Plan", "Titel", "Aanvoerder", "Coach", "Contractjaar", "Begin",
        "Einde", "Status", "Functieprofiel", "Lokale titel", "Uren per week", "Fte", "Totale kosten (EUR)", "Rijksbijdrage (EUR)",
        "Aanvoerder (EUR)", "Spelers (EUR)", "Gemeente (EUR)", "In natura (EUR)", "In natura (uren)", "Bereikte deelnemers",
        "Cijfers vastgelegd"), rows);
  }

  private static BigDecimal fte(BigDecimal fte) {
    return fte == null ? null : fte.setScale(2, RoundingMode.HALF_UP);
  }
}
