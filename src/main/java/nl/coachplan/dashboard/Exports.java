package nl.coachplan.dashboard;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.coachplan.coachhiring.ContractStatus;
import nl.coachplan.contractrenewal.YearReport;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.validation.Forbidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A round's plans with financing and fte, and the yearly figures the national monitor asks of a municipality. */
@Service
@Transactional(readOnly = true)
public class Exports {

  private final EntityManager em;
  private final Dashboards dashboards;

  public Exports(EntityManager em, Dashboards dashboards) {
    this.em = em;
    this.dashboards = dashboards;
  }

  private FundingRound round(int year, Viewer viewer) {
    if (!viewer.seesMunicipality()) {
      throw new Forbidden("Exports van de ronde zijn voor de gemeente.");
    }
    return dashboards.round(year);
  }

  public Table plans(int year, Viewer viewer) {
    FundingRound round = round(year, viewer);
    Map<Long, Object[]> contracts = new HashMap<>();
    em.createQuery("""
        select c.plan.id, count(c), sum(case when c.status in :filling then c.fte else 0 end)
        from Contract c where c.plan.round.id = :round group by c.plan.id""", Object[].class)
        .setParameter("round", round.getId())
        .setParameter("filling", List.of(ContractStatus.ACTIVE, ContractStatus.STRUCTURAL))
        .getResultList().forEach(r -> contracts.put((Long) r[0], r));
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] r : em.createQuery("""
        select p.id, p.reference, p.title, a.name, p.stage, p.requestedFte, p.approvedFte,
               b.totalCostEuro, b.rijkEuro, b.aanvoerderEuro, b.spelersEuro, b.gemeenteEuro, b.inKindEuro, b.inKindHoursPerYear, b.sound
        from Plan p join p.aanvoerder a left join Budget b on b.plan = p
        where p.round.id = :round order by p.reference""", Object[].class)
        .setParameter("round", round.getId()).getResultList()) {
      Object[] c = contracts.getOrDefault((Long) r[0], new Object[] {r[0], 0L, BigDecimal.ZERO});
      List<Object> row = new ArrayList<>();
      row.add(r[1]);
      row.add(r[2]);
      row.add(r[3]);
      row.add(((PlanStage) r[4]).label());
      row.add(r[5]);
      row.add(r[6]);
      row.add(((BigDecimal) c[2]).setScale(2, RoundingMode.HALF_UP));
      row.add(((Number) c[1]).intValue());
      for (int i = 7; i <= 14; i++) {
        row.add(r[i]);
      }
      rows.add(row);
    }
    return new Table("Plannen " + year, List.of("Referentie", "Titel", "Aanvoerder", "Fase", "Gevraagde fte", "Goedgekeurde fte",
        "Ingevulde fte", "Contractjaren", "Totale kosten", "Rijksbijdrage", "Aanvoerder (EUR)", "Spelers (EUR)", "Gemeente (EUR)",
        "In natura (EUR)", "In natura (uren)", "Begroting sluitend"), rows);
  }

  /**
   * The monitor's figures for one calendar year of a round's coaches: fte and persons per profile,
   * internal (gemeente) and external (aanvoerders, spelers) cofinancing, target groups, results.
   */
  public Table monitor(int year, int calendarYear, Viewer viewer) {
    FundingRound round = round(year, viewer);
    String code = round.getMunicipality().getCode();
    LocalDate from = LocalDate.of(calendarYear, 1, 1);
    LocalDate to = LocalDate.of(calendarYear, 12, 31);
    List<List<Object>> rows = new ArrayList<>();
    // Per coach once, however many contract years of the coach touch the calendar year.
    Map<String, long[]> persons = new TreeMap<>();
    Map<String, BigDecimal> fte = new TreeMap<>();
    for (Object[] r : em.createQuery("""
        select p.profileType, c.coach.id, max(c.fte) from Contract c join c.plan p
        where p.round.id = :round and c.startDate <= :to and c.endDate >= :from
        group by p.profileType, c.coach.id""", Object[].class)
        .setParameter("round", round.getId()).setParameter("from", from).setParameter("to", to).getResultList()) {
      String profile = Codes.profileLabel((String) r[0]);
      persons.computeIfAbsent(profile, k -> new long[1])[0]++;
      fte.merge(profile, (BigDecimal) r[2], BigDecimal::add);
    }
    persons.forEach((profile, count) -> {
      rows.add(row(code, calendarYear, "Personen", profile, count[0]));
      rows.add(row(code, calendarYear, "Fte", profile, fte.get(profile).setScale(2, RoundingMode.HALF_UP)));
    });
    Object[] money = em.createQuery("""
        select coalesce(sum(b.gemeenteEuro), 0), coalesce(sum(b.aanvoerderEuro), 0), coalesce(sum(b.spelersEuro), 0),
               coalesce(sum(b.rijkEuro), 0)
        from Budget b where b.plan.round.id = :round and exists (
          select 1 from Contract c where c.plan = b.plan and c.startDate <= :to and c.endDate >= :from)""", Object[].class)
        .setParameter("round", round.getId()).setParameter("from", from).setParameter("to", to).getSingleResult();
    rows.add(row(code, calendarYear, "Cofinanciering intern (gemeente)", "EUR per jaar", money[0]));
    rows.add(row(code, calendarYear, "Cofinanciering extern", "aanvoerders (EUR per jaar)", money[1]));
    rows.add(row(code, calendarYear, "Cofinanciering extern", "spelers (EUR per jaar)", money[2]));
    rows.add(row(code, calendarYear, "Rijksbijdrage", "EUR per jaar", money[3]));
    Map<String, Long> targetGroups = new TreeMap<>();
    // Per coach once: a plan with several posts counts each of its coaches.
    em.createQuery("""
        select p.targetGroups from Contract c join c.plan p where p.round.id = :round and c.startDate <= :to and c.endDate >= :from
        group by c.coach.id, p.targetGroups""", String.class)
        .setParameter("round", round.getId()).setParameter("from", from).setParameter("to", to).getResultList()
        .forEach(joined -> List.of(joined.split(",")).forEach(g -> targetGroups.merge(Codes.TARGET_GROUPS.getOrDefault(g, g), 1L, Long::sum)));
    targetGroups.forEach((group, count) -> rows.add(row(code, calendarYear, "Doelgroep (aantal coaches)", group, count)));
    List<YearReport> reports = em.createQuery("""
        select r from YearReport r join fetch r.contract c where c.plan.round.id = :round and c.endDate >= :from and c.endDate <= :to""",
        YearReport.class).setParameter("round", round.getId()).setParameter("from", from).setParameter("to", to).getResultList();
    rows.add(row(code, calendarYear, "Resultaat", "bereikte deelnemers", reports.stream().mapToLong(YearReport::getParticipantsReached).sum()));
    long[] start = new long[6];
    long[] end = new long[6];
    // Only plans in the work setting report on the ladder.
    for (YearReport report : reports.stream().filter(YearReport::isLadderApplies).toList()) {
      for (int i = 0; i < 6; i++) {
        start[i] += report.ladderStart()[i];
        end[i] += report.ladderEnd()[i];
      }
    }
    for (int i = 0; i < 6; i++) {
      rows.add(row(code, calendarYear, "Participatieladder begin", "trede " + (i + 1), start[i]));
      rows.add(row(code, calendarYear, "Participatieladder eind", "trede " + (i + 1), end[i]));
    }
    return new Table("Monitor " + calendarYear, List.of("Gemeente", "Jaar", "Indicator", "Uitsplitsing", "Waarde"), rows);
  }

  private static List<Object> row(String code, int year, String indicator, String breakdown, Object value) {
    return List.of(code, year, indicator, breakdown, value);
  }
}
