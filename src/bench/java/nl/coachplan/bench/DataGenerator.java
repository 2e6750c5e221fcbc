package nl.coachplan.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.coachplan.coachhiring.HiringForms.Appointment;
import nl.coachplan.coachhiring.HiringForms.Selection;
import nl.coachplan.coachhiring.HiringForms.VacancyForm;
import nl.coachplan.contractrenewal.RenewalForms.ContractDecision;
import nl.coachplan.contractrenewal.RenewalForms.Conversation;
import nl.coachplan.contractrenewal.RenewalForms.FundingDecision;
import nl.coachplan.contractrenewal.RenewalForms.LadderCounts;
import nl.coachplan.contractrenewal.RenewalForms.NextYearForm;
import nl.coachplan.contractrenewal.RenewalForms.Reconfirmation;
import nl.coachplan.contractrenewal.RenewalForms.StructuralFundingForm;
import nl.coachplan.contractrenewal.RenewalForms.YearReportForm;
import nl.coachplan.engine.FormValues;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.fundinground.RoundForms.CallDecision;
import nl.coachplan.fundinground.RoundForms.Meeting;
import nl.coachplan.fundinground.RoundForms.MeetingRecord;
import nl.coachplan.fundinground.RoundForms.Start;
import nl.coachplan.planintake.PlanForms.BudgetDecision;
import nl.coachplan.planintake.PlanForms.BudgetDraft;
import nl.coachplan.planintake.PlanForms.Confirmation;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.ProfileDraft;
import nl.coachplan.planintake.PlanForms.Review;
import nl.coachplan.planintake.PlanForms.Screening;
import nl.coachplan.planintake.PlanForms.Submission;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Ten years of the aanpak at a chosen scale, driven through the real processes and services as
 * their users would: every start, task and timer is a transaction of the application itself.
 *
 * <p>Time runs year by year in phases (round opened, plans written and reviewed, contract years
 * reported and decided, coaches hired). Within a phase the engine's clock stands still at the phase's
 * date and the plans are worked on by several threads at once.
 */
final class DataGenerator {

  static final String PASSWORD_SUFFIX = "-bench-2026";

  private static final List<String> TARGET_GROUPS = List.of("youth", "elderly", "welfare", "disabilities", "everyone");
  private static final List<String> SETTINGS = List.of("neighbourhood", "sportsClub", "school", "care", "work");
  private static final List<String> EMBEDDING = List.of("partnerCommitment", "volunteers", "ownBudget", "municipalPolicy");

  private final BenchConfig config;
  private final FormService forms;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final IdentityService identity;
  private final nl.coachplan.engine.AsCaller asCaller;
  private final RepositoryService repository;
  private final List<String> organisations;
  private final Random random = new Random(2016);
  private final Map<String, String> definitionIds = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();
  private final Map<Integer, String> roundInstances = new ConcurrentHashMap<>();

  /** Engine transactions the generator caused: starts, task completions and timers fired. */
  final AtomicLong transactions = new AtomicLong();
  final AtomicLong taskCompletions = new AtomicLong();
  /** Contract years begun: at each appointment and each renewal. */
  final AtomicInteger contractYears = new AtomicInteger();
  int plansWritten;
  /** Each year's rate, to see whether generating slows as the database grows. */
  final Map<Integer, Double> transactionsPerSecondByYear = new LinkedHashMap<>();

  DataGenerator(BenchConfig config, ProcessEngine engine, List<String> organisations) {
    this.config = config;
    this.forms = engine.getFormService();
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.repository = engine.getRepositoryService();
    this.organisations = organisations;
    this.asCaller = new nl.coachplan.engine.AsCaller(engine.getProcessEngineConfiguration(), identity);
  }

  /** The stage a plan of the running round is left in; earlier rounds end as hired or rejected. */
  enum Fate { CONFIRMING, SCREENING, REVISING, IN_REVIEW, DRAFTING, BUDGET_REVIEW, HIRING, REJECTED, HIRED }

  /** How a hired plan's contract years end: still running today, structurally funded, or ended. */
  enum Ending { RUNNING, STRUCTURAL, ENDED }

  /** A plan's script: who writes it, with whom, and how far it gets. */
  static final class Script {
    final int round;
    final String aanvoerder;
    final List<String> spelers;
    final double fte;
    Fate fate;
    Ending ending = Ending.RUNNING;
    int lastYear; // contract years this plan reaches
    String reference;
    String intakeId;

    Script(int round, String aanvoerder, List<String> spelers, double fte) {
      this.round = round;
      this.aanvoerder = aanvoerder;
      this.spelers = spelers;
      this.fte = fte;
    }
  }

  /** Users for the roles and one per organisation (password = id + suffix); no person's name. */
  void users() {
    user("coordinator", "Coördinator", "Buurtsportcoaches", "coordinator");
    user("policy", "Beleidsambtenaar", "Sport", "policy-officer");
    user("manager", "Manager", "Sport en Samenleving", "manager");
    for (String slug : organisations) {
      user(slug, "Medewerker", slug, "org-" + slug);
    }
  }

  private void user(String id, String first, String last, String group) {
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(id + "@bench.coachplan.invalid");
    user.setPassword(id + PASSWORD_SUFFIX);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  /** Every plan's script, fixed by a seed so two runs generate the same country. */
  List<Script> scripts() {
    int perRound = config.plans() / config.rounds();
    List<Script> all = new ArrayList<>();
    for (int round = config.firstRound(); round <= config.lastRound(); round++) {
      for (int i = 0; i < perRound; i++) {
        String aanvoerder = organisations.get(random.nextInt(organisations.size()));
        List<String> spelers = new ArrayList<>();
        while (spelers.size() < 2) {
          String speler = organisations.get(random.nextInt(organisations.size()));
          if (!speler.equals(aanvoerder) && !spelers.contains(speler)) {
            spelers.add(speler);
          }
        }
        all.add(new Script(round, aanvoerder, spelers, new double[] {0.4, 0.5, 0.6}[random.nextInt(3)]));
      }
    }
    // Hire plans, oldest rounds first, until their contract years reach the target.
    List<Script> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, random);
    int years = 0;
    for (Script script : shuffled) {
      int possible = config.lastRound() + 1 - script.round;
      if (years + possible <= config.contractYears() && script.round < config.lastRound() || years < config.contractYears()
          && script.round == config.lastRound() && random.nextInt(3) == 0) {
        script.fate = Fate.HIRED;
        script.lastYear = possible;
        int roll = random.nextInt(100);
        if (possible >= 4 && roll < 15) {
          script.ending = Ending.STRUCTURAL;
          script.lastYear = 3 + random.nextInt(possible - 3);
        } else if (possible >= 3 && roll < 25) {
          script.ending = Ending.ENDED;
          script.lastYear = 2 + random.nextInt(possible - 2);
        }
        years += script.lastYear;
      }
    }
    Fate[] running = {Fate.CONFIRMING, Fate.SCREENING, Fate.REVISING, Fate.IN_REVIEW, Fate.DRAFTING, Fate.BUDGET_REVIEW,
        Fate.HIRING, Fate.REJECTED};
    for (Script script : all) {
      if (script.fate == null) {
        script.fate = script.round == config.lastRound() ? running[random.nextInt(running.length)] : Fate.REJECTED;
      }
    }
    return all;
  }

  /** Runs the ten years; the clock is reset afterwards. */
  void generate(List<Script> scripts) {
    ExecutorService pool = Executors.newFixedThreadPool(config.workers());
    try {
      for (int year = config.firstRound(); year <= config.lastRound(); year++) {
        int y = year;
        long yearStart = System.nanoTime();
        long transactionsBefore = transactions.get();
        List<Script> round = scripts.stream().filter(s -> s.round == y).toList();
        on(LocalDate.of(year, 2, 15));
        LocalDate meeting = LocalDate.of(year, 3, 17);
        roundInstances.put(year, openRound(year, meeting, 40, () -> on(meeting)));
        on(LocalDate.of(year, 4, 20));
        parallel(pool, round, this::intake);
        plansWritten += round.size();
        on(LocalDate.of(year, 5, 12));
        parallel(pool, round, this::review);
        on(LocalDate.of(year, 5, 26));
        parallel(pool, round, this::profileAndBudget);
        on(LocalDate.of(year, 6, 1));
        parallel(pool, round, this::vacancy);
        on(LocalDate.of(year, 7, 1));
        closeCall(year);
        parallel(pool, round, this::appoint);
        // Contract years ending this summer (their report fell due on 6 July): report, reconfirm, decide.
        on(LocalDate.of(year, 7, 20));
        List<Script> ending = scripts.stream().filter(s -> s.fate == Fate.HIRED && s.round < y && y - s.round <= s.lastYear).toList();
        parallel(pool, ending, s -> contractYear(s, y - s.round, y == config.lastRound()));
        double rate = (transactions.get() - transactionsBefore) / ((System.nanoTime() - yearStart) / 1e9);
        transactionsPerSecondByYear.put(year, Math.round(rate * 10) / 10.0);
        System.out.printf("Generated %d: %d plans, %d contract years, %d engine transactions so far (%.1f a second this year)%n",
            year, plansWritten, contractYears.get(), transactions.get(), rate);
      }
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
    }
  }

  /** A round through its inspiration meeting to an open call; {@code atMeeting} runs just before the meeting's timer fires. */
  private String openRound(int year, LocalDate meeting, int invited, Runnable atMeeting) {
    String instance = as("coordinator", () -> forms.submitStartForm(definitionId("funding-round"), FormValues.of(new Start(
        year, decimal(10000), decimal(20000), 60, false, LocalDate.of(year, 6, 30)))).getId());
    transactions.incrementAndGet();
    List<String> guests = organisations.subList(0, Math.min(invited, organisations.size()));
    complete("coordinator", instance, "prepareMeeting", new Meeting(meeting, "Gemeentehuis, raadzaal", guests));
    atMeeting.run();
    for (Job job : management.createJobQuery().processInstanceId(instance).timers().unlimitedList()) {
      management.executeJob(job.getId());
      transactions.incrementAndGet();
    }
    complete("coordinator", instance, "recordMeeting", new MeetingRecord(guests,
        "Inspiratiebijeenkomst met sport, welzijn, zorg en onderwijs; oproep om plannen in te dienen."));
    return instance;
  }

  /** Next year's round, opened today for the plans the benchmark submits through the API (its meeting is next week). */
  void openCurrentRound(int year) {
    openRound(year, ProcessValues.today().plusDays(7), 1, () -> { });
  }

  private void closeCall(int year) {
    String instance = roundInstances.get(year);
    fireTimers(instance);
    complete("coordinator", instance, "closeCall", new CallDecision("close", null));
  }

  /** Submitted by the aanvoerder; the spelers confirm; the coordinator screens (a revise loop for some). */
  private void intake(Script s) {
    List<ContributionRow> contributions = List.of(
        contribution(s.spelers.get(0), "money", 3000, null, "Bijdrage in geld"),
        contribution(s.spelers.get(1), "hours", null, 120, "Inzet van vrijwilligers en medewerkers"));
    ProcessInstance started = as(s.aanvoerder, () -> forms.submitStartForm(definitionId("plan-intake"), FormValues.of(plan(s, contributions))));
    transactions.incrementAndGet();
    s.intakeId = started.getId();
    s.reference = started.getBusinessKey() != null ? started.getBusinessKey()
        : runtime.createProcessInstanceQuery().processInstanceId(s.intakeId).singleResult().getBusinessKey();
    if (s.fate == Fate.CONFIRMING) {
      return;
    }
    for (String speler : s.spelers) {
      Task task = tasks.createTaskQuery().processInstanceId(s.intakeId).taskDefinitionKey("confirmContribution")
          .taskCandidateGroup("org-" + speler).singleResult();
      boolean money = speler.equals(s.spelers.get(0));
      completeTask(speler, task, new Confirmation(true, money ? decimal(3000) : null, money ? null : 120, "Wij doen graag mee."));
    }
    if (s.fate == Fate.SCREENING) {
      return;
    }
    boolean revise = s.fate == Fate.REVISING || s.reference.hashCode() % 5 == 0;
    if (revise) {
      complete("coordinator", s.intakeId, "screenPlan", new Screening("incomplete", "Beschrijf nog wat de spelers precies bijdragen."));
      if (s.fate == Fate.REVISING) {
        return;
      }
      complete(s.aanvoerder, s.intakeId, "revisePlan", plan(s, contributions));
    }
    complete("coordinator", s.intakeId, "screenPlan", new Screening("complete", null));
  }

  private void review(Script s) {
    if (s.fate.ordinal() <= Fate.IN_REVIEW.ordinal()) {
      return;
    }
    boolean reject = s.fate == Fate.REJECTED;
    complete("coordinator", s.intakeId, "jointReview", new Review(LocalDate.of(s.round, 5, 12),
        "Coördinator, beleidsambtenaar, aanvoerder en spelers",
        reject ? null : "Meer inwoners in beweging via nieuwe verbindingen in de wijk.",
        reject ? "Dit is regulier aanbod; de regeling is voor nieuwe verbindingen." : "Betrek ook het wijkteam.",
        reject ? "reject" : "approve", reject ? null : decimal(s.fte)));
  }

  private void profileAndBudget(Script s) {
    if (s.fate.ordinal() < Fate.DRAFTING.ordinal() || s.fate == Fate.REJECTED) {
      return;
    }
    complete(s.aanvoerder, s.intakeId, "draftProfile", new ProfileDraft("buurtsportcoach", null, decimal(s.fte * 36), null, null,
        "Verbinden van organisaties en beweegactiviteiten organiseren.", List.of("networking", "sportTechnical")));
    if (s.fate == Fate.DRAFTING) {
      return;
    }
    complete(s.aanvoerder, s.intakeId, "draftBudget", new BudgetDraft("CAO Sport schaal 7", decimal(50000), decimal(1000)));
    if (s.fate == Fate.BUDGET_REVIEW) {
      return;
    }
    complete("coordinator", s.intakeId, "approveProfileAndBudget", new BudgetDecision("approve", null));
  }

  private void vacancy(Script s) {
    if (s.fate != Fate.HIRING && s.fate != Fate.HIRED) {
      return;
    }
    String hiring = instanceOf(s.reference, "coach-hiring");
    complete(s.aanvoerder, hiring, "openVacancy", new VacancyForm("Wij zoeken een buurtsportcoach die verbindt.",
        LocalDate.of(s.round, 6, 30), false));
  }

  private void appoint(Script s) {
    if (s.fate != Fate.HIRED) {
      return;
    }
    String hiring = instanceOf(s.reference, "coach-hiring");
    fireTimers(hiring);
    complete(s.aanvoerder, hiring, "selectCandidate", new Selection("selected", null));
    complete(s.aanvoerder, hiring, "appointCoach", new Appointment("Coach " + s.reference, LocalDate.of(s.round, 9, 1),
        decimal(s.fte * 36), null, false));
    contractYears.incrementAndGet();
  }

  /** The year's report, the spelers' reconfirmations and the coordinator's decision. */
  private void contractYear(Script s, int year, boolean runningYear) {
    String instance = instanceOf(s.reference + "/" + year, "contract-renewal");
    fireTimers(instance);
    int pending = runningYear ? Math.floorMod(s.reference.hashCode(), 20) : 99;
    if (pending == 0) {
      return; // the report is still to be written
    }
    int reached = 40 + 10 * year;
    boolean work = "work".equals(setting(s)); // the participatieladder belongs to plans that work with people towards work
    complete(s.aanvoerder, instance, "submitYearReport", new YearReportForm(reached,
        work ? ladder(reached, false) : null, work ? ladder(reached, true) : null,
        "Wekelijkse beweeggroepen en doorstroom naar verenigingen.", decimal(50000 * s.fte),
        year >= s.lastYear && s.ending == Ending.STRUCTURAL, EMBEDDING.subList(0, 1 + year % EMBEDDING.size()), null, null, null));
    boolean ends = year >= s.lastYear && s.ending == Ending.ENDED;
    // The aanvoerder, as employer, states its intention with this year's hours and costs.
    NextYearForm prefilled = FormValues.shown(tasks.getVariables(tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("prepareNextYear").singleResult().getId()), NextYearForm.class);
    complete(s.aanvoerder, instance, "prepareNextYear", new NextYearForm("continue", prefilled.nextYearHoursPerWeek(),
        prefilled.nextYearAnnualCostPerFte(), prefilled.nextYearOtherCostsEuro(), null, null));
    if (pending == 1) {
      return; // the spelers are still to reconfirm
    }
    for (String speler : s.spelers) {
      Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("reconfirmContribution")
          .taskCandidateGroup("org-" + speler).singleResult();
      boolean money = speler.equals(s.spelers.get(0));
      completeTask(speler, task, new Reconfirmation(true, money ? decimal(3000) : null, money ? null : 120, null));
    }
    if (pending <= 3) {
      return; // the coordinator is still to decide
    }
    if (tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("jointConversation").count() > 0) {
      List<String> attendees = new ArrayList<>(s.spelers);
      attendees.add(0, s.aanvoerder);
      complete("coordinator", instance, "jointConversation", new Conversation(ProcessValues.today(), attendees,
          "De gemeente vult het tekort aan."));
    }
    String decision = year < s.lastYear || s.ending == Ending.RUNNING ? "renew"
        : s.ending == Ending.STRUCTURAL ? "structural" : "end";
    complete("coordinator", instance, "evaluateYear", new FundingDecision(decision.equals("structural") ? "structural" : "continue",
        "Jaar " + year + " besproken met aanvoerder en spelers."));
    if (!decision.equals("structural")) {
      complete(s.aanvoerder, instance, "decideContract", new ContractDecision(ends ? "end" : "renew",
          ends ? "De aanvoerder stopt met het project." : null));
    }
    if (decision.equals("structural")) {
      complete(s.aanvoerder, instance, "recordStructuralFunding", new StructuralFundingForm(true,
          "Eigen begroting van de aanvoerder", LocalDate.of(s.round + year, 9, 1)));
    }
    if (decision.equals("renew")) {
      contractYears.incrementAndGet();
    }
  }

  private static Submission plan(Script s, List<ContributionRow> contributions) {
    return new Submission(s.round, "Buurtsportcoach " + s.aanvoerder + " " + s.round, null,
        "Inwoners in beweging brengen door organisaties in de wijk te verbinden.",
        List.of(TARGET_GROUPS.get(Math.floorMod(s.aanvoerder.hashCode(), 5))), List.of(setting(s)),
        decimal(s.fte), "buurtsportcoach", decimal(30000 * s.fte), contributions, null);
  }

  private static ContributionRow contribution(String org, String kind, Integer amount, Integer hours, String description) {
    return new ContributionRow(org, kind, amount == null ? null : decimal(amount), hours, description);
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  private String instanceOf(String businessKey, String processKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).processDefinitionKey(processKey)
        .singleResult().getId();
  }

  private void complete(String user, String instanceId, String taskKey, Record form) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in " + instanceId);
    }
    completeTask(user, task, form);
  }

  private void completeTask(String user, Task task, Record form) {
    as(user, () -> {
      forms.submitTaskForm(task.getId(), FormValues.of(form));
      return null;
    });
    transactions.incrementAndGet();
    taskCompletions.incrementAndGet();
  }

  /** Timers fall due on the phase's date; the job executor is off, so the generator fires them. */
  private void fireTimers(String instanceId) {
    for (Job job : management.createJobQuery().processInstanceId(instanceId).timers().executable().unlimitedList()) {
      management.executeJob(job.getId());
      transactions.incrementAndGet();
    }
  }

  private <T> T as(String userId, java.util.function.Supplier<T> work) {
    List<String> groups = groupsOf.computeIfAbsent(userId, id -> identity.createGroupQuery().groupMember(id).unlimitedList().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    // As the portal and the Tasklist act for a user: the access policy decides, organisations hold no engine rights.
    return asCaller.run(userId, groups, work);
  }

  private String definitionId(String key) {
    return definitionIds.computeIfAbsent(key, k -> repository.createProcessDefinitionQuery().processDefinitionKey(k)
        .latestVersion().singleResult().getId());
  }

  private static void on(LocalDate day) {
    ClockUtil.setCurrentTime(ProcessValues.startOfDay(day));
  }

  private static <T> void parallel(ExecutorService pool, List<T> items, Consumer<T> step) {
    List<Future<?>> running = new ArrayList<>();
    for (T item : items) {
      running.add(pool.submit(() -> step.accept(item)));
    }
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("Generating failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private static String setting(Script s) {
    return SETTINGS.get(Math.floorMod(s.spelers.get(0).hashCode(), SETTINGS.size()));
  }

  /** Participants on the participatieladder: spread over rungs 1 to 3, and at the year's end half of rung 1 has climbed to 4. */
  private static LadderCounts ladder(int total, boolean end) {
    int third = total / 3;
    int climbed = end ? third / 2 : 0;
    return new LadderCounts(third - climbed, third, total - 2 * third, climbed, 0, 0);
  }
}
