package nl.coachplan.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.fundinground.FundingRoundRepository;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Soest story of 2016, driven through the real processes as the real users would, so a
 * newcomer who logs in finds plans at every stage and work waiting. Runs once, on an empty database.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final DemoUsers users;
  private final FundingRoundRepository rounds;
  private final IdentityService identityService;
  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;

  DemoData(DemoUsers users, FundingRoundRepository rounds, IdentityService identityService, FormService formService,
      TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
      RepositoryService repositoryService) {
    this.users = users;
    this.rounds = rounds;
    this.identityService = identityService;
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) {
    users.ensure();
    if (rounds.count() > 0) {
      return;
    }
    LOG.info("Loading the Soest demo: round 2016 and its plans");
    round2016();
    String specialGroups = specialGroupsPlan();
    String beweegmakelaar = beweegmakelaarPlan();
    String youth = youthPlan();
    String childcare = childcarePlan();
    String trainee = traineePlan();
    String municipal = municipalPlan();
    String swimming = rejectedPlan();
    LOG.info("Soest demo loaded: {}", List.of(specialGroups, beweegmakelaar, youth, childcare, trainee, municipal, swimming));
  }

  private void round2016() {
    as("coordinator");
    formService.submitStartForm(definitionId("funding-round"), vars(
        "year", 2016, "grantedFte", 6.8, "rijksbijdragePerFte", 20000, "localShareMinimumPercent", 60,
        "inKindCountsAsCofinancing", false, "callDeadline", "2016-06-30"));
    complete("coordinator", "round-2016", "prepareMeeting", vars(
        "meetingDate", "2016-03-17", "meetingLocation", "Raadhuis Soest, raadzaal",
        "invitedOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans",
            "bink-kinderopvang", "zippies-bso", "idea", "amerpoort", "mee", "vv-sec", "optisport", "gemeente-soest"))));
    fireDueTimers("round-2016");
    complete("coordinator", "round-2016", "recordMeeting", vars(
        "attendingOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans",
            "bink-kinderopvang", "zippies-bso", "idea", "vv-sec", "mee", "gemeente-soest")),
        "meetingNotes", "Goedbezochte bijeenkomst met sportorganisaties, onderwijs, maatschappelijke partners en "
            + "beleidsambtenaren. In werkvormen verkend waar buurtsportcoaches verbindingen in de wijk kunnen maken. "
            + "Oproep gedaan om plannen in te dienen, het liefst met partners en een voorstel voor cofinanciering en aanstelling."));
  }

  /** Werk & Inkomen's plan, approved all the way (the coach is to be hired). */
  private String specialGroupsPlan() {
    String ref = submit("werk-en-inkomen", "Buurtsportcoach speciale doelgroepen",
        "Kwetsbare inwoners (bijstand, mensen met een beperking, ouderen) meer laten bewegen en participeren door "
            + "organisaties en projecten te verbinden en samen activiteiten te organiseren.",
        List.of("welfare", "disabilities", "elderly"), List.of("work", "neighbourhood", "care"), 1.0, "buurtsportcoach", 26000,
        List.of(contribution("zippies-bso", "money", 2500, null, "Bijdrage kinderopvang"),
            contribution("amerpoort", "money", 2000, null, "Bijdrage zorg"),
            contribution("mee", "money", 1500, null, "Bijdrage cliëntondersteuning"),
            contribution("swos", "hours", null, 200, "Inzet ouderenwerkers bij activiteiten"),
            contribution("idea", "expertise", null, null, "Cultuurdocenten voor beweeg- en cultuurprojecten"),
            contribution("vv-sec", "location", null, null, "Velden en kantine op doordeweekse ochtenden"),
            contribution("optisport", "location", null, null, "Sporthal in daluren")));
    confirmAll(ref);
    screen(ref, "complete", "Compleet; mooie mix van partners.");
    review(ref, "approve", 1.0, "Sluit aan bij het participatiebeleid en de Wet maatschappelijke ondersteuning.",
        "Betrek ook de bibliotheek en het wijkteam bij de activiteiten.");
    profile(ref, "buurtsportcoach", null, 36, "Verbinden van organisaties, organiseren van beweegactiviteiten voor "
        + "speciale doelgroepen, begeleiden van deelnemers naar regulier sport- en beweegaanbod.",
        List.of("vulnerableGroups", "networking", "sportTechnical"));
    budget(ref, "CAO Sport schaal 7", 50000, 2000);
    decideBudget(ref, "approve", "Akkoord; start werving.");
    return ref;
  }

  /** Elzis with SWOS: a beweegmakelaar at 28 hours; the coordinator still has to approve the budget. */
  private String beweegmakelaarPlan() {
    String ref = submit("elzis", "Beweegmakelaar eerstelijnszorg",
        "Patiënten van huisartsen en fysiotherapeuten die te weinig bewegen doorverwijzen naar passend beweegaanbod in de wijk.",
        List.of("chronicallyIll", "elderly"), List.of("care", "neighbourhood"), 0.78, "lokaal", 24000,
        List.of(contribution("swos", "money", 3000, null, "Bijdrage ouderenwelzijn"),
            contribution("gemeente-soest", "money", 2500, null, "Cofinanciering preventiebeleid")));
    confirmAll(ref);
    screen(ref, "complete", null);
    review(ref, "approve", 0.78, "Preventie en gezondheid in de wijk; koppeling met het lokaal gezondheidsbeleid.",
        "Financier het lokale deel structureel via de OWZ-regeling van de zorgverzekeraars.");
    profile(ref, "lokaal", "Beweegmakelaar", 28, "Spreekuur in de huisartsenpraktijk, intake met patiënten, "
        + "doorverwijzen naar en begeleiden bij beweegaanbod.", List.of("vulnerableGroups", "healthyLifestyle", "networking"));
    budget(ref, "Fysiotherapeut, CAO Ziekenhuizen schaal 45", 52000, 1500);
    return ref;
  }

  /** Stichting Balans: waiting for the joint review with the coordinator and the policy officer. */
  private String youthPlan() {
    String ref = submit("stichting-balans", "Buurtsportcoach jongeren",
        "Jongeren in de wijken met sport in contact brengen, talent ontdekken en overlast voorkomen.",
        List.of("youth"), List.of("neighbourhood", "sportsClub"), 1.0, "buurtsportcoach", 18000,
        List.of(contribution("vv-sec", "money", 1500, null, "Bijdrage vereniging"),
            contribution("optisport", "location", null, null, "Sporthal op vrijdagavond")));
    confirmAll(ref);
    screen(ref, "complete", "Compleet.");
    return ref;
  }

  /** Bink Kinderopvang: SWOS has not yet confirmed its contribution. */
  private String childcarePlan() {
    String ref = submit("bink-kinderopvang", "Drie buurtsportcoaches in de kinderopvang",
        "Elke dag bewegen in de kinderopvang en BSO, met doorstroom naar sportverenigingen.",
        List.of("youth"), List.of("childcare", "sportsClub"), 2.4, "buurtsportcoach", 60000,
        List.of(contribution("zippies-bso", "money", 3000, null, "Gezamenlijke inkoop materialen"),
            contribution("swos", "hours", null, 80, "Grootouders als vrijwilligers bij beweegochtenden")));
    confirm(ref, "zippies-bso", true, 3000.0, null, null);
    return ref;
  }

  /** Werk & Inkomen's trainee plan: incomplete at screening, back with the aanvoerder. */
  private String traineePlan() {
    String ref = submit("werk-en-inkomen", "Leerwerktraject buurtsportcoach uit de bijstand",
        "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches.",
        List.of("welfare"), List.of("work"), 0.5, "buurtsportcoach", 8000, List.of());
    screen(ref, "incomplete", "Er zijn nog geen spelers. Wie begeleidt de trainee en wie draagt bij aan de opleiding?");
    return ref;
  }

  /** The gemeente's own coach for sportstimulering, with municipal cofinancing: waiting for screening. */
  private String municipalPlan() {
    return submit("gemeente-soest", "Buurtsportcoach sportstimulering",
        "Sportstimuleringsprojecten in de wijken opzetten en verenigingen adviseren.",
        List.of("everyone"), List.of("sportsClub", "neighbourhood"), 1.0, "clubkadercoach", 30000, List.of());
  }

  private String rejectedPlan() {
    String ref = submit("optisport", "Zwemles voor volwassenen",
        "Betaalde zwemlessen voor volwassenen in het eigen zwembad.",
        List.of("everyone"), List.of("neighbourhood"), 0.5, "buurtsportcoach", 0, List.of());
    screen(ref, "complete", null);
    review(ref, "reject", null, null, "Dit is regulier aanbod; de regeling is bedoeld voor nieuwe verbindingen in de wijk.");
    return ref;
  }

  private String submit(String aanvoerder, String title, String goals, List<String> targetGroups, List<String> settings,
      double fte, String profileType, double aanvoerderEuro, List<Map<String, Object>> contributions) {
    as(aanvoerder);
    var instance = formService.submitStartForm(definitionId("plan-intake"), vars(
        "roundYear", 2016, "title", title, "goals", goals,
        "targetGroups", ProcessValues.json(targetGroups), "settings", ProcessValues.json(settings),
        "requestedFte", fte, "profileType", profileType, "aanvoerderContributionEuro", aanvoerderEuro,
        "contributions", ProcessValues.json(contributions)));
    identityService.clearAuthentication();
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private void confirmAll(String ref) {
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution").list()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Map<String, Object> local = taskService.getVariables(task.getId());
      as(speler);
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", local.get("confirmedAmountEuro"), "confirmedHoursPerYear", local.get("confirmedHoursPerYear"),
          "remark", "Graag!"));
      identityService.clearAuthentication();
    }
    identityService.clearAuthentication();
  }

  private void confirm(String ref, String speler, boolean confirmed, Double amount, Integer hours, String remark) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution")
        .taskCandidateGroup("org-" + speler).singleResult();
    as(speler);
    taskService.complete(task.getId(), vars("contributionConfirmed", confirmed, "confirmedAmountEuro", amount,
        "confirmedHoursPerYear", hours, "remark", remark));
    identityService.clearAuthentication();
  }

  private void screen(String ref, String outcome, String remarks) {
    complete("coordinator", ref, "screenPlan", vars("screeningOutcome", outcome, "screeningRemarks", remarks));
  }

  private void review(String ref, String decision, Double fte, String policyGoals, String tips) {
    complete("coordinator", ref, "jointReview", vars("reviewDate", "2016-05-12",
        "reviewAttendees", "Coördinator, beleidsambtenaar sport, aanvoerder en spelers", "policyGoals", policyGoals,
        "tips", tips, "reviewDecision", decision, "approvedFte", fte));
  }

  private void profile(String ref, String type, String localTitle, double hours, String tasks, List<String> competencies) {
    complete(aanvoerderOf(ref), ref, "draftProfile", vars("profileType", type, "localTitle", localTitle,
        "hoursPerWeek", hours, "tasks", tasks, "competencies", ProcessValues.json(competencies)));
  }

  private void budget(String ref, String scale, double annualCost, double other) {
    complete(aanvoerderOf(ref), ref, "draftBudget", vars("salaryScale", scale, "annualCostPerFte", annualCost,
        "otherCostsEuro", other));
  }

  private void decideBudget(String ref, String decision, String remarks) {
    complete("coordinator", ref, "approveProfileAndBudget", vars("budgetDecision", decision, "budgetRemarks", remarks));
  }

  private String aanvoerderOf(String ref) {
    return (String) runtimeService.getVariable(
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId(), "aanvoerder");
  }

  private void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo: no task " + taskKey + " for " + businessKey);
    }
    as(user);
    try {
      formService.submitTaskForm(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Timers of 2016 are long due; fire them now instead of waiting for the job executor. */
  private void fireDueTimers(String businessKey) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    for (Job job : managementService.createJobQuery().processInstanceId(instanceId).timers().executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private void as(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
  }

  private static Map<String, Object> contribution(String org, String kind, Integer amount, Integer hours, String description) {
    Map<String, Object> row = new HashMap<>();
    row.put("organization", org);
    row.put("kind", kind);
    row.put("amountEuro", amount);
    row.put("hoursPerYear", hours);
    row.put("description", description);
    return row;
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private String definitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }
}
