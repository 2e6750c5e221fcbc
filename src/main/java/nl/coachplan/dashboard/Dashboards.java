package nl.coachplan.dashboard;

import java.util.ArrayList;
import java.util.Date;
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
import nl.coachplan.web.Forbidden;
import nl.coachplan.web.NotFound;
import org.camunda.bpm.engine.TaskService;
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

  private final DashboardQueries queries;
  private final FundingRoundRepository rounds;
  private final Organisations organisations;
  private final TaskService tasks;

  public Dashboards(DashboardQueries queries, FundingRoundRepository rounds, Organisations organisations, TaskService tasks) {
    this.queries = queries;
    this.rounds = rounds;
    this.organisations = organisations;
    this.tasks = tasks;
  }

  /** The municipality's round years, newest first (the newest is the dashboard's default). */
  public List<Integer> years() {
    return rounds.years(organisations.municipality().getCode());
  }

  public FundingRound round(int year) {
    return rounds.findByMunicipalityCodeAndYear(organisations.municipality().getCode(), year)
        .orElseThrow(() -> new NotFound("Er is geen ronde " + year + "."));
  }

  /** The round's own figures are the municipality's: organisations see their plans, not the round. */
  public RoundDashboard dashboard(int year, DashboardQueries.Filter filter, Viewer viewer) {
    if (!viewer.seesMunicipality()) {
      throw new Forbidden("Het overzicht van de ronde is voor de gemeente; u ziet de plannen van uw organisatie onder /api/v1/plans.");
    }
    FundingRound round = round(year);
    int count = (int) queries.countPlans(round, filter, viewer);
    return new RoundDashboard(year, round.getGrantedFte(), queries.approvedFte(round), queries.filledFte(round),
        queries.plansByStage(round), queries.funding(round),
        queries.expiringContracts(round, ProcessValues.today(), EXPIRING_WITHIN_DAYS), overdueTasks(year),
        queries.plans(round, filter, viewer, 0, Math.max(count, 1)));
  }

  public Page<PlanRow> plans(int year, DashboardQueries.Filter filter, Viewer viewer, int page, int size) {
    FundingRound round = round(year);
    return new PageImpl<>(queries.plans(round, filter, viewer, page, size), PageRequest.of(page, size),
        queries.countPlans(round, filter, viewer));
  }

  /** Open tasks of the round's plans past their due date, per party that can act on them. */
  public Map<String, Long> overdueTasks(int year) {
    Date now = ProcessValues.startOfDay(ProcessValues.today());
    Map<String, Long> overdue = new LinkedHashMap<>();
    List<String[]> parties = new ArrayList<>();
    parties.add(new String[] {CurrentUser.COORDINATOR, "Coördinator"});
    parties.add(new String[] {CurrentUser.POLICY_OFFICER, "Beleidsambtenaar"});
    for (Organisation organisation : organisations.all()) {
      parties.add(new String[] {organisation.groupId(), organisation.getName()});
    }
    for (String[] party : parties) {
      long count = tasks.createTaskQuery().taskCandidateGroup(party[0]).processInstanceBusinessKeyLike("P-" + year + "-%")
          .dueBefore(now).count();
      if (count > 0) {
        overdue.put(party[1], count);
      }
    }
    return overdue;
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
