package nl.coachplan.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The round dashboard and the plan lists, for the viewer's eyes only. */
@Service
@Transactional(readOnly = true)
public class Dashboards {

  static final int EXPIRING_WITHIN_DAYS = 90;
  /** Plans per page of the dashboard: a round can hold thousands. */
  public static final int PAGE_SIZE = 50;

  private final DashboardQueries queries;
  private final FundingRoundRepository rounds;
  private final Organisations organisations;

  public Dashboards(DashboardQueries queries, FundingRoundRepository rounds, Organisations organisations) {
    this.queries = queries;
    this.rounds = rounds;
    this.organisations = organisations;
  }

  /** The municipality's round years, newest first (the newest is the dashboard's default). */
  public List<Integer> years() {
    return rounds.years(organisations.municipalityCode());
  }

  public FundingRound round(int year) {
    return rounds.findByMunicipalityCodeAndYear(organisations.municipalityCode(), year)
        .orElseThrow(() -> new NotFound("Er is geen ronde " + year + "."));
  }

  /** The round's own figures are the municipality's: organisations see their plans, not the round. */
  public RoundDashboard dashboard(int year, DashboardQueries.Filter filter, Viewer viewer, int page, int size) {
    if (!viewer.seesMunicipality()) {
      throw new Forbidden("Het overzicht van de ronde is voor de gemeente; u ziet de plannen van uw organisatie onder /api/v1/plans.");
    }
    FundingRound round = round(year);
    DashboardQueries.StageFigures stages = queries.stageFigures(round);
    // Without a filter the stage counts already hold the number of plans.
    long planCount = filter.stage() == null && filter.aanvoerder() == null ? stages.plans()
        : queries.countPlans(round, filter, viewer);
    return new RoundDashboard(year, round.getGrantedFte(), stages.approvedFte(), queries.filledFte(round),
        stages.plansByStage(), queries.funding(round),
        queries.expiringContracts(round, ProcessValues.today(), EXPIRING_WITHIN_DAYS), overdueTasks(year),
        queries.plans(round, filter, viewer, page, size), planCount, page, size);
  }

  public Page<PlanRow> plans(int year, DashboardQueries.Filter filter, Viewer viewer, int page, int size) {
    FundingRound round = round(year);
    return new PageImpl<>(queries.plans(round, filter, viewer, page, size), PageRequest.of(page, size),
        queries.countPlans(round, filter, viewer));
  }

  /** Open tasks of the round's plans past their due date, per party that can act on them (one grouped query). */
  public Map<String, Long> overdueTasks(int year) {
    Map<String, Long> byGroup = queries.overdueTasksByGroup(year, ProcessValues.startOfDay(ProcessValues.today()));
    Map<String, String> names = new LinkedHashMap<>();
    names.put(CurrentUser.COORDINATOR, "Coördinator");
    names.put(CurrentUser.POLICY_OFFICER, "Beleidsambtenaar");
    List<String> slugs = byGroup.keySet().stream().filter(g -> g.startsWith(Organisation.GROUP_PREFIX))
        .map(g -> g.substring(Organisation.GROUP_PREFIX.length())).toList();
    organisations.bySlugs(slugs).stream().sorted(Comparator.comparing(Organisation::getName))
        .forEach(o -> names.put(o.groupId(), o.getName()));
    Map<String, Long> overdue = new LinkedHashMap<>();
    names.forEach((group, name) -> {
      Long count = byGroup.get(group);
      if (count != null && count > 0) {
        overdue.put(name, count);
      }
    });
    return overdue;
  }

  /** The plan list's filter from the request's stage and aanvoerder, either left out. */
  public static DashboardQueries.Filter filter(String stage, String aanvoerder) {
    return new DashboardQueries.Filter(stage(stage), aanvoerder == null || aanvoerder.isBlank() ? null : aanvoerder.trim());
  }

  public static PlanStage stage(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PlanStage.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new nl.coachplan.validation.InvalidFormDataException(List.of(new nl.coachplan.validation.InvalidFormDataException.Violation(
          "stage", "Onbekende fase '" + value + "'. Kies uit: " + String.join(", ", java.util.Arrays.stream(PlanStage.values()).map(Enum::name).toList()) + ".")));
    }
  }
}
