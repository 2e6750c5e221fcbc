package nl.coachplan.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.engineplugins.TaskGrants;
import nl.coachplan.organisation.Municipality;
import nl.coachplan.organisation.MunicipalityRepository;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.OrganisationProperties;
import nl.coachplan.organisation.OrganisationRepository;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the installation's municipality (as configured), the configured organisations, groups,
 * authorizations and Tasklist filters exist, on every start and without duplicating anything, so
 * users land on their own work.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  public static final String PLAN_INTAKE = "plan-intake";
  public static final String FUNDING_ROUND = "funding-round";
  public static final String WIJKTEAM = "wijkteam";

  private final OrganisationProperties properties;
  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(OrganisationProperties properties, MunicipalityRepository municipalities,
      OrganisationRepository organisations, IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.properties = properties;
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    OrganisationProperties.MunicipalityConfig configured = properties.getMunicipality();
    Municipality municipality = municipalities.findByCode(configured.getCode())
        .orElseGet(() -> municipalities.save(new Municipality(configured.getCode(), configured.getName())));
    if (!configured.getName().equals(municipality.getName())) {
      municipality.rename(configured.getName());
    }
    // Organisations listed in the configuration (the demo's, a benchmark's) where the table lacks them;
    // production lists none: the coordinator registers them (OrganisationRegister).
    for (OrganisationProperties.OrganisationConfig config : properties.getOrganisations()) {
      if (organisations.findBySlug(config.getSlug()).isEmpty()) {
        organisations.save(new Organisation(municipality, config.getSlug(), config.getName(), config.getSector()));
      }
    }
    roleGroups();
    organisations.findAll().forEach(this::organisationGroup);
    int removed = outsidersHoldNoEngineRights();
    if (removed > 0) {
      LOG.info("Removed {} engine grants of organisations, the wijkteam and everyone", removed);
    }
    filters();
    LOG.info("Identity ready: {} organisations, role groups and Tasklist filters", organisations.count());
  }

  private void roleGroups() {
    group(CurrentUser.COORDINATOR, "Coördinator buurtsportcoaches", "WORKFLOW");
    group(CurrentUser.POLICY_OFFICER, "Beleidsambtenaren sport", "WORKFLOW");
    group(CurrentUser.MANAGER, "Managers", "WORKFLOW");
    group(Groups.CAMUNDA_ADMIN, "Beheerders", Groups.GROUP_TYPE_SYSTEM);
    // Professionals of the social wijkteam: they work in the portal, never in the engine.
    group(WIJKTEAM, "Wijkteam", "WORKFLOW");

    String coordinator = CurrentUser.COORDINATOR;
    grant(coordinator, Resources.APPLICATION, "tasklist", ACCESS);
    grant(coordinator, Resources.APPLICATION, "cockpit", ACCESS);
    grant(coordinator, Resources.PROCESS_DEFINITION, "*", ALL);
    grant(coordinator, Resources.PROCESS_INSTANCE, "*", ALL);
    grant(TaskGrants.EVERY_TASK_GROUP, Resources.TASK, "*", ALL);
    removeGrantsPerTask(TaskGrants.EVERY_TASK_GROUP);
    grant(coordinator, Resources.DECISION_DEFINITION, "*", READ, CREATE_INSTANCE);
    grant(coordinator, Resources.DEPLOYMENT, "*", READ);
    grant(coordinator, Resources.USER, "*", READ);
    grant(coordinator, Resources.GROUP, "*", READ);

    String policy = CurrentUser.POLICY_OFFICER;
    grant(policy, Resources.APPLICATION, "tasklist", ACCESS);
    grant(policy, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
    grant(policy, Resources.PROCESS_INSTANCE, "*", READ);
    grant(policy, Resources.DECISION_DEFINITION, "*", READ);

    String manager = CurrentUser.MANAGER;
    grant(manager, Resources.APPLICATION, "cockpit", ACCESS);
    grant(manager, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY);
    grant(manager, Resources.PROCESS_INSTANCE, "*", READ);
    grant(manager, Resources.DECISION_DEFINITION, "*", READ);
    grant(manager, Resources.DEPLOYMENT, "*", READ);
  }

  /** An organisation's users work in the portal, through Coachplan's API: its group holds no engine rights. */
  public void organisationGroup(Organisation organisation) {
    group(organisation.groupId(), organisation.getName(), "ORGANISATION");
  }

  /**
   * Organisations and the wijkteam never touch the engine (the engine gate refuses them; the portal's
   * API decides from the case file), so they hold no engine grant: installations from before granted
   * them the Tasklist, their plans' instances and tasks, and everyone the start of plan-intake. The
   * coordinator starts processes with its own grants; the steps start the ones that follow.
   */
  private int outsidersHoldNoEngineRights() {
    var outsiders = authorizationService.createAuthorizationQuery().unlimitedList().stream()
        .filter(a -> a.getGroupId() != null
            && (a.getGroupId().startsWith(Organisation.GROUP_PREFIX) || a.getGroupId().equals(WIJKTEAM))
            || Authorization.ANY.equals(a.getUserId()) && a.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL)
        .toList();
    outsiders.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    return outsiders.size();
  }

  /** Installations from before TaskGrants hold a grant per open task that only repeats the one on '*'. */
  private void removeGrantsPerTask(String group) {
    List<String> members = identityService.createUserQuery().memberOfGroup(group).unlimitedList().stream().map(u -> u.getId()).toList();
    Stream.concat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).groupIdIn(group).unlimitedList().stream(),
            members.isEmpty() ? Stream.empty()
                : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).userIdIn(members.toArray(String[]::new)).unlimitedList().stream())
        .filter(a -> !Authorization.ANY.equals(a.getResourceId()))
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  private void filters() {
    List<String> everyone = List.of(CurrentUser.COORDINATOR, CurrentUser.POLICY_OFFICER);

    filter("Coördinator", "Taken voor de coördinator: screenen, bespreken, beoordelen, oproepen",
        -20, "#1f6f8b", taskService.createTaskQuery().taskCandidateGroup(CurrentUser.COORDINATOR).includeAssignedTasks(),
        List.of(CurrentUser.COORDINATOR));
    filter("Beleid", "Gezamenlijke besprekingen met de beleidsambtenaar", -20, "#6b8e23",
        taskService.createTaskQuery().taskCandidateGroup(CurrentUser.POLICY_OFFICER).includeAssignedTasks(),
        List.of(CurrentUser.POLICY_OFFICER));
    // Organisations work in the portal now; their Tasklist filter goes.
    Filter organisationFilter = filterService.createFilterQuery().filterName("Mijn organisatie").singleResult();
    if (organisationFilter != null) {
      filterService.deleteFilter(organisationFilter.getId());
    }
    filter("Mijn taken", "Taken die u zelf hebt opgepakt", -10, "#555555",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
    filter("Alle open taken", "Alle open taken van alle plannen en rondes", 0, "#888888",
        taskService.createTaskQuery(), List.of(CurrentUser.COORDINATOR));
  }

  private void filter(String name, String description, int priority, String color, Query<?, ?> query,
      List<String> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(Map.of(
          "description", description,
          "priority", priority,
          "color", color,
          "refresh", true,
          "variables", List.of(
              Map.of("name", ProcessVariables.PLAN_REFERENCE, "label", "Plan"),
              Map.of("name", ProcessVariables.PLAN_TITLE, "label", "Titel"))));
      filterService.saveFilter(filter);
    }
    for (String reader : readers) {
      grant(reader, Resources.FILTER, filter.getId(), READ);
    }
  }

  private void group(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void global(Resource resource, String resourceId, Permission... permissions) {
    if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() == 0) {
      save(Authorization.AUTH_TYPE_GLOBAL, null, resource, resourceId, permissions);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    if (authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).count() == 0) {
      save(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
    }
  }

  private void save(int type, String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(type);
    if (groupId == null) {
      authorization.setUserId(Authorization.ANY);
    } else {
      authorization.setGroupId(groupId);
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
