package nl.coachplan.identity;

import java.util.List;
import java.util.Map;
import nl.coachplan.engine.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and do what with a case. It decides from the case file
 * (who is aanvoerder, whose contribution a task is about) and the caller's groups, never from a
 * process variable a caller could have written. Used by the API, the pages, the engine gate and the
 * process steps alike.
 */
@Component
public class AccessPolicy {

  /** Whose work a task is, by its task definition in the models under processes/. */
  public enum TaskRole {
    /** The plan's aanvoerder (and the coordinator, who may act for anyone). */
    AANVOERDER,
    /** The organisation whose contribution the task is about (and the coordinator). */
    SPELER,
    /** The coordinator only. */
    COORDINATOR,
    /** The joint review: the coordinator or the policy officer. */
    COORDINATOR_OR_POLICY
  }

  private static final Map<String, TaskRole> ROLES = Map.ofEntries(
      Map.entry("confirmContribution", TaskRole.SPELER),
      Map.entry("reconfirmContribution", TaskRole.SPELER),
      Map.entry("followUpContribution", TaskRole.COORDINATOR),
      Map.entry("screenPlan", TaskRole.COORDINATOR),
      Map.entry("revisePlan", TaskRole.AANVOERDER),
      Map.entry("jointReview", TaskRole.COORDINATOR_OR_POLICY),
      Map.entry("draftProfile", TaskRole.AANVOERDER),
      Map.entry("draftBudget", TaskRole.AANVOERDER),
      Map.entry("approveProfileAndBudget", TaskRole.COORDINATOR),
      Map.entry("openVacancy", TaskRole.AANVOERDER),
      Map.entry("selectCandidate", TaskRole.AANVOERDER),
      Map.entry("appointCoach", TaskRole.AANVOERDER),
      Map.entry("submitYearReport", TaskRole.AANVOERDER),
      // At renewal the aanvoerder, as employer, decides on the contract; the gemeente on the fte and Rijk money.
      Map.entry("prepareNextYear", TaskRole.AANVOERDER),
      Map.entry("jointConversation", TaskRole.COORDINATOR),
      Map.entry("evaluateYear", TaskRole.COORDINATOR),
      Map.entry("decideContract", TaskRole.AANVOERDER),
      Map.entry("recordStructuralFunding", TaskRole.AANVOERDER),
      Map.entry("prepareMeeting", TaskRole.COORDINATOR),
      Map.entry("recordMeeting", TaskRole.COORDINATOR),
      Map.entry("closeCall", TaskRole.COORDINATOR),
      // The wijk: the coordinator agrees an activity's criteria and records the yearly look back.
      Map.entry("agreeCriteria", TaskRole.COORDINATOR),
      Map.entry("evaluateCollaboration", TaskRole.COORDINATOR));

  private static final List<String> STAFF = List.of(CurrentUser.COORDINATOR, CurrentUser.POLICY_OFFICER, CurrentUser.MANAGER,
      CurrentUser.ADMIN);

  /** The role of a task definition; a task the models do not know is the coordinator's. */
  public static TaskRole roleOf(String taskDefinitionKey) {
    return ROLES.getOrDefault(taskDefinitionKey, TaskRole.COORDINATOR);
  }

  /** Staff of the municipality: coordinator, policy officer, manager, administrator. */
  public boolean isStaff(Viewer viewer) {
    return viewer.isApplication() || viewer.groups().stream().anyMatch(STAFF::contains);
  }

  /** Only staff reach the engine (its REST API and the Camunda webapps); organisations and the wijkteam use the portal. */
  public boolean mayUseEngine(Viewer viewer) {
    return isStaff(viewer);
  }

  /**
   * Moving a case outside its forms (instance modification, restart, migration, messages, jobs,
   * variables, deployments, users): the administrator only.
   */
  public boolean mayOperateEngine(Viewer viewer) {
    return viewer.isApplication() || viewer.groups().contains(CurrentUser.ADMIN);
  }

  /** Works on tasks in the engine (claims, completes, starts by form): coordinator and policy officer. */
  public boolean mayWorkInEngine(Viewer viewer) {
    return mayOperateEngine(viewer) || viewer.groups().contains(CurrentUser.COORDINATOR)
        || viewer.groups().contains(CurrentUser.POLICY_OFFICER);
  }

  /** Starts processes by their start form in the engine: the coordinator. */
  public boolean mayStartInEngine(Viewer viewer) {
    return actsForEveryone(viewer);
  }

  /** The application itself, the coordinator and the administrator act for any organisation. */
  public boolean actsForEveryone(Viewer viewer) {
    return viewer.isApplication() || viewer.groups().contains(CurrentUser.COORDINATOR)
        || viewer.groups().contains(CurrentUser.ADMIN);
  }

  /** Coordinator, policy officer, manager and administrator see every case of the municipality and its figures. */
  public boolean seesMunicipality(Viewer viewer) {
    return isStaff(viewer);
  }

  /** A case is seen by the municipality's staff, its aanvoerder and its spelers. */
  public boolean seesCase(Viewer viewer, CaseParties parties) {
    if (seesMunicipality(viewer)) {
      return true;
    }
    List<String> orgs = viewer.organisationSlugs();
    return orgs.contains(parties.aanvoerder()) || parties.spelers().stream().anyMatch(orgs::contains);
  }

  /**
   * Whether the viewer may complete a task of the case. {@code contributionOrganisation} is the
   * organisation of the contribution a speler's task is about, read from the case file.
   */
  public boolean mayWork(Viewer viewer, String taskDefinitionKey, CaseParties parties, String contributionOrganisation) {
    if (viewer.isApplication()) {
      return true;
    }
    List<String> groups = viewer.groups();
    boolean coordinator = groups.contains(CurrentUser.COORDINATOR) || groups.contains(CurrentUser.ADMIN);
    return switch (roleOf(taskDefinitionKey)) {
      case AANVOERDER -> coordinator || (parties != null && viewer.organisationSlugs().contains(parties.aanvoerder()));
      case SPELER -> coordinator || (contributionOrganisation != null && viewer.organisationSlugs().contains(contributionOrganisation));
      case COORDINATOR -> coordinator;
      case COORDINATOR_OR_POLICY -> coordinator || groups.contains(CurrentUser.POLICY_OFFICER);
    };
  }

  /** Plans are submitted by an organisation as its own aanvoerder, or by the coordinator for any organisation. */
  public boolean maySubmitFor(Viewer viewer, String aanvoerder) {
    return actsForEveryone(viewer) || viewer.organisationSlugs().contains(aanvoerder);
  }

  /** Whether the viewer could submit plans at all (belongs to an organisation, or acts for everyone). */
  public boolean maySubmitPlans(Viewer viewer) {
    return actsForEveryone(viewer) || !viewer.organisationSlugs().isEmpty();
  }

  /** Registers organisations and adds their users (the API, the page {@code /organisaties}): the coordinator. */
  public boolean mayRegisterOrganisations(Viewer viewer) {
    return viewer.isApplication() || viewer.groups().contains(CurrentUser.COORDINATOR);
  }

  /** Sees the organisations' users and the page {@code /organisaties}: the municipality's staff. */
  public boolean seesOrganisationUsers(Viewer viewer) {
    return isStaff(viewer);
  }

  /** A plan is withdrawn by its aanvoerder or by the coordinator. */
  public boolean mayWithdraw(Viewer viewer, CaseParties parties) {
    return mayWithdraw(viewer, parties.aanvoerder());
  }

  /** The same, for a plan whose aanvoerder the case file names. */
  public boolean mayWithdraw(Viewer viewer, String aanvoerder) {
    return actsForEveryone(viewer) || viewer.organisationSlugs().contains(aanvoerder);
  }

  // --- The wijk: aanbod, referrals, wijken (seed 003) ---

  /** Whether the viewer works for the provider of an activity (its organisation's users). */
  public boolean providesActivity(Viewer viewer, String providerSlug) {
    return viewer.organisationSlugs().contains(providerSlug);
  }

  /** The portal's pages of the aanbod ("Ons aanbod"): the users of an organisation, each for its own activities. */
  public boolean offersActivities(Viewer viewer) {
    return !viewer.organisationSlugs().isEmpty();
  }

  /** An activity is stated, changed and withdrawn by its provider, or by the coordinator for it. */
  public boolean mayChangeActivity(Viewer viewer, String providerSlug) {
    return actsForEveryone(viewer) || providesActivity(viewer, providerSlug);
  }

  /** Referring someone to an activity: the professionals of the wijkteam. */
  public boolean mayRefer(Viewer viewer) {
    return viewer.isApplication() || viewer.groups().contains(IdentitySetup.WIJKTEAM);
  }

  /** A referral is seen by the wijkteam, the provider of its activity and the municipality's staff. */
  public boolean seesReferral(Viewer viewer, String providerSlug) {
    return mayRefer(viewer) || providesActivity(viewer, providerSlug) || seesMunicipality(viewer);
  }

  /** A referral is answered by the provider of its activity only: it knows whether the person came. */
  public boolean mayAnswerReferral(Viewer viewer, String providerSlug) {
    return viewer.isApplication() || providesActivity(viewer, providerSlug);
  }

  /**
   * The figures of the wijken and the policy goals (counts, no case): the municipality's staff, the
   * organisations (partners who might cofinance) and the wijkteam (it refers, and looks back each year
   * with the providers); not a signed-in user of none of these.
   */
  public boolean seesFigures(Viewer viewer) {
    return viewer.isApplication() || seesMunicipality(viewer) || !viewer.organisationSlugs().isEmpty()
        || viewer.groups().contains(IdentitySetup.WIJKTEAM);
  }

  /** Wijken are entered by the coordinator. */
  public boolean mayManageWijken(Viewer viewer) {
    return viewer.isApplication() || viewer.groups().contains(CurrentUser.COORDINATOR);
  }
}
