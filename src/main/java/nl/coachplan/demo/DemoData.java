package nl.coachplan.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.planintake.PlanRepository;
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
  private final AsCaller asCaller;
  private final PlanRepository plans;

  DemoData(DemoUsers users, FundingRoundRepository rounds, IdentityService identityService, FormService formService,
      TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
      RepositoryService repositoryService, AsCaller asCaller, PlanRepository plans) {
    this.asCaller = asCaller;
    this.users = users;
    this.rounds = rounds;
    this.identityService = identityService;
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.plans = plans;
  }

  @Override
  public void run(ApplicationArguments args) {
    users.ensure();
    if (rounds.count() > 0) {
      return;
    }
    LOG.info("Loading the Soest demo: round 2016 and its plans");
    LocalDate today = ProcessValues.today();
    try {
      round2016();
      on(LocalDate.of(2016, 4, 20));
      String specialGroups = specialGroupsPlan();
      String beweegmakelaar = beweegmakelaarPlan();
      String youth = youthPlan();
      String childcare = childcarePlan();
      String trainee = traineePlan();
      String municipal = municipalPlan();
      String association = associationPlan();
      String culture = culturePlan();
      String swimming = rejectedPlan();
      // The story goes on: coaches hired in 2016, their contract years up to today.
      hireSpecialGroupsCoach(specialGroups);
      hireTrainee(trainee, today);
      LOG.info("Soest demo loaded: {}", List.of(specialGroups, beweegmakelaar, youth, childcare, trainee, municipal,
          association, culture, swimming));
    } finally {
      ProcessValues.resetClock();
    }
  }

  /** Whether the engine's clock is the story's (a day in the past) rather than the real one. */
  private boolean storyClock;

  /**
   * The engine's clock at the story's date, so timers and the case file tell the story in time: at
   * 9:00 in the municipality, and a few minutes later for each next step (see {@link #later()}).
   * Midnight for every step showed "00:00" all through the case file's timeline and left steps of
   * one day without an order. Today's steps run on the real clock.
   */
  private void on(LocalDate day) {
    ProcessValues.resetClock();
    storyClock = day.isBefore(ProcessValues.today());
    if (storyClock) {
      ProcessValues.setClock(day.atTime(9, 0).atZone(ProcessValues.ZONE).toInstant());
    }
  }

  /** A few minutes of the working day pass between two steps of the story. */
  private void later() {
    if (storyClock) {
      ProcessValues.setClock(ProcessValues.now().plusSeconds(3 * 60));
    }
  }

  private void round2016() {
    on(LocalDate.of(2016, 2, 15));
    as("coordinator", () -> formService.submitStartForm(definitionId("funding-round"), vars(
        "year", 2016, "grantedFte", 6.8, "rijksbijdragePerFte", 20000, "localShareMinimumPercent", 60,
        "inKindCountsAsCofinancing", false, "callDeadline", "2016-06-30")));
    complete("coordinator", "round-2016", "prepareMeeting", vars(
        "meetingDate", "2016-03-17", "meetingLocation", "Raadhuis Soest, raadzaal",
        "invitedOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans",
            "bink-kinderopvang", "zippies-bso", "idea", "amerpoort", "mee", "vv-sec", "optisport", "gemeente-soest"))));
    on(LocalDate.of(2016, 3, 17));
    fireDueTimers("round-2016");
    complete("coordinator", "round-2016", "recordMeeting", vars(
        "attendingOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans",
            "bink-kinderopvang", "zippies-bso", "idea", "vv-sec", "mee", "gemeente-soest")),
        "meetingNotes", "Goedbezochte bijeenkomst met sportorganisaties, onderwijs, maatschappelijke partners en "
            + "beleidsambtenaren. In werkvormen verkend waar buurtsportcoaches verbindingen in de wijk kunnen maken. "
            + "Oproep gedaan om plannen in te dienen, het liefst met partners en een voorstel voor cofinanciering en aanstelling."));
  }

  /** Werk & Inkomen's plan, approved all the way; its coach is hired below. */
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
        List.of("chronicallyIll", "elderly"), List.of("care", "neighbourhood"), 0.78, "beweegcoach", 24000,
        List.of(contribution("swos", "money", 3000, null, "Bijdrage ouderenwelzijn"),
            contribution("gemeente-soest", "money", 2500, null, "Cofinanciering preventiebeleid")));
    confirmAll(ref);
    screen(ref, "complete", null);
    review(ref, "approve", 0.78, "Preventie en gezondheid in de wijk; koppeling met het lokaal gezondheidsbeleid.",
        "Financier het lokale deel structureel via de OWZ-regeling van de zorgverzekeraars.");
    profile(ref, "beweegcoach", "Beweegmakelaar", 28, "Spreekuur in de huisartsenpraktijk, intake met patiënten, "
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

  /** Werk & Inkomen's trainee plan: incomplete at first, revised with spelers, then approved. */
  private String traineePlan() {
    String ref = submit("werk-en-inkomen", "Leerwerktraject buurtsportcoach uit de bijstand",
        "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches.",
        List.of("welfare"), List.of("work"), 0.5, "buurtsportcoach", 8000, List.of());
    screen(ref, "incomplete", "Er zijn nog geen spelers. Wie begeleidt de trainee en wie draagt bij aan de opleiding?");
    complete("werk-en-inkomen", ref, "revisePlan", vars("roundYear", 2016, "title", "Leerwerktraject buurtsportcoach uit de bijstand",
        "goals", "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches en MEE.",
        "targetGroups", ProcessValues.json(List.of("welfare")), "settings", ProcessValues.json(List.of("work", "neighbourhood")),
        "requestedFte", 0.5, "profileType", "buurtsportcoach", "aanvoerderContributionEuro", 14000,
        "contributions", ProcessValues.json(List.of(contribution("mee", "money", 2500, null, "Begeleiding en opleiding"),
            contribution("swos", "hours", null, 100, "Meelopen met ouderenwerkers")))));
    confirmAll(ref);
    screen(ref, "complete", "Compleet na aanpassing.");
    review(ref, "approve", 0.5, "Participatie vanuit de bijstand.", "Plan de begeleiding door de andere coaches vooraf in.");
    profile(ref, "buurtsportcoach", "Trainee buurtsportcoach", 18, "Meedraaien in activiteiten, opleiding tot buurtsportcoach.",
        List.of("networking"));
    budget(ref, "CAO Sport schaal 5 (leerwerktraject)", 50000, 1000);
    decideBudget(ref, "approve", null);
    return ref;
  }

  /** Idea's cultuurcoach: incomplete at screening, back with the aanvoerder. */
  private String culturePlan() {
    String ref = submit("idea", "Cultuurcoach in het primair onderwijs",
        "Kinderen op de basisschool laten kennismaken met dans, muziek en theater, samen met de sportcoaches.",
        List.of("youth"), List.of("school", "culture"), 0.6, "cultuurcoach", 9000, List.of());
    screen(ref, "incomplete", "Welke scholen doen mee, en wat dragen zij bij? Zonder spelers is het lokale aandeel te klein.");
    return ref;
  }

  /** The gemeente's second coach, verenigingsadvisering: approved, the vacancy is still to be opened. */
  private String associationPlan() {
    String ref = submit("gemeente-soest", "Buurtsportcoach verenigingsadvisering",
        "Sportverenigingen helpen met kader, vrijwilligers en nieuwe doelgroepen.",
        List.of("everyone"), List.of("sportsClub"), 1.0, "clubkadercoach", 30000,
        List.of(contribution("vv-sec", "money", 1500, null, "Bijdrage verenigingen")));
    confirmAll(ref);
    screen(ref, "complete", null);
    review(ref, "approve", 1.0, "Vitale sportverenigingen (lokaal sportakkoord).", "Werk samen met de sportraad.");
    profile(ref, "clubkadercoach", "Verenigingsadviseur", 36, "Verenigingen adviseren over kader, vrijwilligers en open aanbod.",
        List.of("clubSupport", "sportTechnical", "networking"));
    budget(ref, "Gemeentelijke schaal 8", 50000, 1000);
    decideBudget(ref, "approve", null);
    return ref;
  }

  /** Hired in 2016, renewed twice, structurally funded by Werk &amp; Inkomen from 1 September 2019. */
  private void hireSpecialGroupsCoach(String ref) {
    on(LocalDate.of(2016, 6, 1));
    vacancy(ref, LocalDate.of(2016, 6, 30), false);
    on(LocalDate.of(2016, 7, 1));
    fireDueTimers(ref);
    complete("werk-en-inkomen", ref, "selectCandidate", vars("selectionOutcome", "selected"));
    complete("werk-en-inkomen", ref, "appointCoach", vars("coachName", "Buurtsportcoach speciale doelgroepen",
        "startDate", "2016-09-01", "hoursPerWeek", 36, "trainee", false));
    for (int year = 1; year <= 2; year++) {
      reportAndReconfirm(ref, year, false, List.of("partnerCommitment"));
      renewYear(ref + "/" + year, "Goed bereik bij speciale doelgroepen; fte en rijksbijdrage lopen door.");
    }
    reportAndReconfirm(ref, 3, true, List.of("permanentPost", "ownBudget", "municipalPolicy"));
    complete("coordinator", ref + "/3", "evaluateYear", vars("fundingDecision", "structural",
        "evaluationRemarks", "Werk & Inkomen neemt de coach in vaste dienst."));
    complete("werk-en-inkomen", ref + "/3", "recordStructuralFunding", vars("permanentContract", true,
        "fundingSource", "Eigen begroting Werk & Inkomen en het gemeentelijke participatiebudget", "effectiveDate", "2019-09-01"));
  }

  /** The first attempt from the bijstand failed, the second succeeded; the trainee's contract runs to this year. */
  private void hireTrainee(String ref, LocalDate today) {
    on(LocalDate.of(2016, 7, 1));
    vacancy(ref, LocalDate.of(2016, 8, 1), true);
    on(LocalDate.of(2016, 8, 2));
    fireDueTimers(ref);
    complete("werk-en-inkomen", ref, "selectCandidate", vars("selectionOutcome", "noSuitableCandidate",
        "selectionRemarks", "De kandidaten uit de bijstand waren nog niet toe aan een dienstverband."));
    on(LocalDate.of(2016, 10, 1));
    vacancy(ref, LocalDate.of(2016, 11, 1), true);
    on(LocalDate.of(2016, 11, 2));
    fireDueTimers(ref);
    complete("werk-en-inkomen", ref, "selectCandidate", vars("selectionOutcome", "selected",
        "selectionRemarks", "Een gemotiveerde kandidaat; begeleiding door de coach speciale doelgroepen."));
    complete("werk-en-inkomen", ref, "appointCoach", vars("coachName", "Trainee buurtsportcoach", "startDate", "2017-01-01",
        "hoursPerWeek", 18, "trainee", true));
    for (int year = 1; ; year++) {
      LocalDate end = LocalDate.of(2016 + year, 12, 31);
      if (end.minusWeeks(8).isAfter(today)) {
        return; // this year's report is not yet due
      }
      reportDue(ref, year, today);
      if (!end.isBefore(today)) {
        return; // the report of the running year waits for the aanvoerder
      }
      reportAndReconfirm(ref, year, false, List.of("volunteers"));
      renewYear(ref + "/" + year, "De trainee groeit door; de borging wordt voorbereid.");
    }
  }

  /** The gemeente continues the fte and Rijk money; the aanvoerder, as employer, extends the contract. */
  private void renewYear(String key, String remarks) {
    complete("coordinator", key, "evaluateYear", vars("fundingDecision", "continue", "evaluationRemarks", remarks));
    complete("werk-en-inkomen", key, "decideContract", vars("contractDecision", "renew"));
  }

  /** Lets the year's report timer fire on its date. */
  private void reportDue(String ref, int year, LocalDate today) {
    on(contractEnd(ref, year).minusWeeks(8));
    fireDueTimers(ref + "/" + year);
    on(today);
  }

  private LocalDate contractEnd(String ref, int year) {
    String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref + "/" + year).singleResult().getId();
    return LocalDate.parse((String) runtimeService.getVariable(id, ProcessVariables.CONTRACT_END_DATE));
  }

  private void vacancy(String ref, LocalDate closing, boolean internal) {
    complete("werk-en-inkomen", ref, "openVacancy", vars("vacancyText",
        "Werk & Inkomen zoekt een buurtsportcoach die kwetsbare inwoners in beweging brengt.",
        "closingDate", closing.toString(), "internalCandidateRoute", internal));
  }

  /** The aanvoerder reports the year (the timer has fired on its date) and every speler continues. */
  private void reportAndReconfirm(String ref, int year, boolean wantsStructural, List<String> steps) {
    String key = ref + "/" + year;
    LocalDate end = contractEnd(ref, year);
    if (taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("submitYearReport").count() == 0) {
      on(end.minusWeeks(8));
      fireDueTimers(key);
    }
    on(end.minusWeeks(6));
    int reached = 60 + 15 * year;
    complete("werk-en-inkomen", key, "submitYearReport", vars("participantsReached", reached,
        "ladderStart", ProcessValues.json(ladder(reached, 0)), "ladderEnd", ProcessValues.json(ladder(reached, 1)),
        "highlights", "Wekelijkse beweeggroepen en doorstroom naar de sportverenigingen.", "spentEuro", 50000,
        "wantsStructural", wantsStructural, "embeddingSteps", ProcessValues.json(steps)));
    // Werk & Inkomen, as employer, continues with this year's hours and costs (the form's prefilled values).
    Map<String, Object> prefilled = taskService.getVariables(taskService.createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("prepareNextYear").singleResult().getId());
    complete("werk-en-inkomen", key, "prepareNextYear", vars("contractIntention", "continue",
        "nextYearHoursPerWeek", prefilled.get("nextYearHoursPerWeek"), "nextYearAnnualCostPerFte", prefilled.get("nextYearAnnualCostPerFte"),
        "nextYearOtherCostsEuro", prefilled.get("nextYearOtherCostsEuro")));
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("reconfirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Map<String, Object> shown = taskService.getVariables(task.getId());
      as(speler, () -> taskService.complete(task.getId(), vars("contributionContinues", true,
          "nextYearAmountEuro", shown.get("nextYearAmountEuro"), "nextYearHoursPerYear", shown.get("nextYearHoursPerYear"))));
    }
    on(end.minusWeeks(4));
  }

  /** Participants over the rungs of the participatieladder; {@code shift} moves a share one rung up. */
  private static Map<String, Object> ladder(int total, int shift) {
    int[] share = shift == 0 ? new int[] {30, 25, 25, 10, 6, 4} : new int[] {18, 25, 30, 15, 8, 4};
    Map<String, Object> rungs = new HashMap<>();
    int assigned = 0;
    for (int i = 0; i < 6; i++) {
      int count = i == 5 ? total - assigned : total * share[i] / 100;
      rungs.put("rung" + (i + 1), count);
      assigned += count;
    }
    return rungs;
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
    var instance = as(aanvoerder, () -> formService.submitStartForm(definitionId("plan-intake"), vars(
        "roundYear", 2016, "title", title, "goals", goals,
        "targetGroups", ProcessValues.json(targetGroups), "settings", ProcessValues.json(settings),
        "requestedFte", fte, "profileType", profileType, "aanvoerderContributionEuro", aanvoerderEuro,
        "contributions", ProcessValues.json(contributions))));
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private void confirmAll(String ref) {
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Map<String, Object> local = taskService.getVariables(task.getId());
      as(speler, () -> taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", local.get("confirmedAmountEuro"), "confirmedHoursPerYear", local.get("confirmedHoursPerYear"),
          "remark", "Graag!")));
    }
  }

  private void confirm(String ref, String speler, boolean confirmed, Double amount, Integer hours, String remark) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution")
        .taskCandidateGroup("org-" + speler).singleResult();
    as(speler, () -> taskService.complete(task.getId(), vars("contributionConfirmed", confirmed, "confirmedAmountEuro", amount,
        "confirmedHoursPerYear", hours, "remark", remark)));
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
    return plans.findAanvoerderSlugByReference(ref).orElseThrow();
  }

  private void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo: no task " + taskKey + " for " + businessKey);
    }
    as(user, () -> formService.submitTaskForm(task.getId(), variables));
  }

  /** Timers of 2016 are long due; fire them now instead of waiting for the job executor. */
  private void fireDueTimers(String businessKey) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    for (Job job : managementService.createJobQuery().processInstanceId(instanceId).timers().executable().unlimitedList()) {
      managementService.executeJob(job.getId());
    }
  }

  /**
   * As that user, as the portal and the Tasklist would act for it: the steps record who did it and the
   * access policy checks it against the case file (organisations hold no engine rights).
   */
  private <T> T as(String userId, java.util.function.Supplier<T> work) {
    later();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
    return asCaller.run(userId, groups, work);
  }

  private void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
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
