package nl.coachplan.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.coachhiring.HiringForms.Appointment;
import nl.coachplan.coachhiring.HiringForms.Selection;
import nl.coachplan.coachhiring.HiringForms.VacancyForm;
import nl.coachplan.contractrenewal.RenewalForms.ContractDecision;
import nl.coachplan.contractrenewal.RenewalForms.FundingDecision;
import nl.coachplan.contractrenewal.RenewalForms.LadderCounts;
import nl.coachplan.contractrenewal.RenewalForms.NextYearForm;
import nl.coachplan.contractrenewal.RenewalForms.Reconfirmation;
import nl.coachplan.contractrenewal.RenewalForms.YearReportForm;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.FormValues;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.fundinground.FundingRoundRepository;
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
 * The Soest story, driven through the real processes as the real users would, on dates relative to
 * today: last year's round brought the first plans and coaches, whose yearly contracts run into this
 * year; this year's round has its call open and plans at every step of the intake. So a newcomer who
 * logs in finds work waiting that is due in days or weeks. Runs once, on an empty database.
 *
 * <p>The story holds on any day of the year: last year's round lies wholly in last year (February to
 * November); this year's round started no later than February and its plans are submitted in the
 * last nine weeks before today, with its call closing three weeks from today. A coach's year report
 * and evaluation wait only when today falls in that contract year's last eight weeks, which for the
 * five coaches of last year's round is between June and December (see {@link #contractYearsUpToToday}).
 */
@Component
@Profile("demo")
@Order(20)
public class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  /** The Rijk's allocation in both rounds; what the Soest story asked for. */
  private static final double GRANTED_FTE = 6.8;

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
  private final DemoWijk wijk;

  /** The day the story is told up to, and the years of its two rounds. */
  private LocalDate today;
  /** The engine's clock when the demo started, and whether it was the real one. */
  private Instant clockAtStart;
  private boolean realClock;
  private int thisYear;
  private int lastYear;

  DemoData(DemoUsers users, FundingRoundRepository rounds, IdentityService identityService, FormService formService,
      TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
      RepositoryService repositoryService, AsCaller asCaller, PlanRepository plans, DemoWijk wijk) {
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
    this.wijk = wijk;
  }

  @Override
  public void run(ApplicationArguments args) {
    users.ensure();
    if (rounds.count() > 0) {
      return;
    }
    today = ProcessValues.today();
    thisYear = today.getYear();
    lastYear = thisYear - 1;
    // A test may have set the engine's clock to another day; the story ends on that clock.
    clockAtStart = ProcessValues.now();
    realClock = Math.abs(Duration.between(clockAtStart, Instant.now()).toMinutes()) < 1;
    LOG.info("Loading the Soest demo: the rounds of {} and {} and their plans, up to {}", lastYear, thisYear, today);
    try {
      // Last year: the inspiration meeting, the first plans, the coaches hired.
      lastYearsRound();
      String specialGroups = specialGroupsPlan();
      String trainee = traineePlan();
      String beweegmakelaar = beweegmakelaarPlan();
      String youth = youthPlan();
      String sportStimulation = municipalPlan();
      String swimming = rejectedPlan();
      closeLastYearsCall();
      hireSpecialGroupsCoach(specialGroups);
      hireTrainee(trainee);
      hireBeweegmakelaar(beweegmakelaar);
      hireYouthCoach(youth);
      hireSportStimulationCoach(sportStimulation);
      // This year: the olievlek, new aanvoerders and spelers, plans at every step.
      thisYearsRound();
      String association = associationPlan();
      String elderly = elderlyPlan();
      String clubs = clubsPlan();
      String disabilities = disabilitiesPlan();
      String childcare = childcarePlan();
      String culture = culturePlan();
      String clientSupport = clientSupportPlan();
      // The wijk: its aanbod, the wijkteam's referrals, the yearly look back.
      wijk.tell(new DemoWijk.Story() {
        @Override public LocalDate today() { return today; }
        @Override public void on(LocalDate day) { DemoData.this.on(day); }
        @Override public void complete(String user, String businessKey, String taskKey, Record form) {
          DemoData.this.complete(user, businessKey, taskKey, form);
        }
        @Override public void fireDueTimers(String businessKey) { DemoData.this.fireDueTimers(businessKey); }
      });
      LOG.info("Soest demo loaded: {}", List.of(specialGroups, trainee, beweegmakelaar, youth, sportStimulation, swimming,
          association, elderly, clubs, disabilities, childcare, culture, clientSupport));
    } finally {
      backToToday();
    }
  }

  /** The engine's clock as the demo found it: the real one, or the day a test set. */
  private void backToToday() {
    storyClock = false;
    if (realClock) {
      ProcessValues.resetClock();
    } else {
      ProcessValues.setClock(clockAtStart);
    }
  }

  /** Whether the engine's clock is the story's (a day in the past) rather than today's. */
  private boolean storyClock;

  /**
   * The engine's clock at the story's date, so timers, due dates and the case file tell the story in
   * time: at 9:00 in the municipality, and a few minutes later for each next step (see {@link #later()}).
   * Midnight for every step showed "00:00" all through the case file's timeline and left steps of
   * one day without an order. Today's steps run on today's clock.
   */
  private void on(LocalDate day) {
    if (day.isBefore(today)) {
      storyClock = true;
      ProcessValues.setClock(day.atTime(9, 0).atZone(ProcessValues.ZONE).toInstant());
    } else {
      backToToday();
    }
  }

  /** A day of last year. */
  private LocalDate lastYear(int month, int day) {
    return LocalDate.of(lastYear, month, day);
  }

  /** A day some days before today. */
  private LocalDate daysAgo(int days) {
    return today.minusDays(days);
  }

  /** A few minutes of the working day pass between two steps of the story. */
  private void later() {
    if (storyClock) {
      ProcessValues.setClock(ProcessValues.now().plusSeconds(3 * 60));
    }
  }

  // --- Last year's round: February to June, its coaches hired from August ---

  private void lastYearsRound() {
    on(lastYear(2, 1));
    startRound(lastYear, lastYear(6, 30));
    prepareMeeting(lastYear, lastYear(3, 17));
    on(lastYear(3, 17));
    fireDueTimers(roundKey(lastYear));
    recordMeeting(lastYear);
  }

  /** The call closed at its deadline; the plans submitted before go on. */
  private void closeLastYearsCall() {
    on(lastYear(7, 1));
    fireDueTimers(roundKey(lastYear));
    complete("coordinator", roundKey(lastYear), "closeCall", new CallDecision("close", null));
  }

  /** Werk & Inkomen's plan, approved all the way; its coach is hired below. */
  private String specialGroupsPlan() {
    on(lastYear(4, 20));
    String ref = submit(lastYear, "werk-en-inkomen", "Buurtsportcoach speciale doelgroepen",
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
    on(lastYear(5, 4));
    screen(ref, "complete", "Compleet; mooie mix van partners.");
    on(lastYear(5, 12));
    review(ref, "approve", 1.0, "Sluit aan bij het participatiebeleid en de Wet maatschappelijke ondersteuning.",
        "Betrek ook de bibliotheek en het wijkteam bij de activiteiten.");
    on(lastYear(5, 26));
    profile(ref, "buurtsportcoach", null, 36, "Verbinden van organisaties, organiseren van beweegactiviteiten voor "
        + "speciale doelgroepen, begeleiden van deelnemers naar regulier sport- en beweegaanbod.",
        List.of("vulnerableGroups", "networking", "sportTechnical"));
    budget(ref, "CAO Sport schaal 7", 50000, 2000);
    on(lastYear(6, 2));
    decideBudget(ref, "approve", "Akkoord; start werving.");
    return ref;
  }

  /** Werk &amp; Inkomen's trainee plan: incomplete at first, revised with spelers, then approved. */
  private String traineePlan() {
    on(lastYear(4, 22));
    String ref = submit(lastYear, "werk-en-inkomen", "Leerwerktraject buurtsportcoach uit de bijstand",
        "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches.",
        List.of("welfare"), List.of("work"), 0.5, "buurtsportcoach", 8000, List.of());
    on(lastYear(5, 4));
    screen(ref, "incomplete", "Er zijn nog geen spelers. Wie begeleidt de trainee en wie draagt bij aan de opleiding?");
    on(lastYear(5, 9));
    complete("werk-en-inkomen", ref, "revisePlan", plan(lastYear, "Leerwerktraject buurtsportcoach uit de bijstand",
        "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches en MEE.",
        List.of("welfare"), List.of("work", "neighbourhood"), 0.5, "buurtsportcoach", 14000,
        List.of(contribution("mee", "money", 2500, null, "Begeleiding en opleiding"),
            contribution("swos", "hours", null, 100, "Meelopen met ouderenwerkers"))));
    confirmAll(ref);
    on(lastYear(5, 19));
    screen(ref, "complete", "Compleet na aanpassing.");
    on(lastYear(5, 26));
    review(ref, "approve", 0.5, "Participatie vanuit de bijstand.", "Plan de begeleiding door de andere coaches vooraf in.");
    on(lastYear(6, 9));
    profile(ref, "buurtsportcoach", "Trainee buurtsportcoach", 18, "Meedraaien in activiteiten, opleiding tot buurtsportcoach.",
        List.of("networking"));
    budget(ref, "CAO Sport schaal 5 (leerwerktraject)", 50000, 1000);
    on(lastYear(6, 16));
    decideBudget(ref, "approve", null);
    return ref;
  }

  /** Elzis with SWOS: a beweegmakelaar (a local title on the beweegcoach profile), a physiotherapist at 28 hours. */
  private String beweegmakelaarPlan() {
    on(lastYear(4, 24));
    String ref = submit(lastYear, "elzis", "Beweegmakelaar eerstelijnszorg",
        "Ouderen en patiënten met (een verhoogde kans op) een chronische aandoening die te weinig bewegen, vanuit de "
            + "huisarts en de fysiotherapeut doorverwijzen naar passend beweegaanbod in de wijk.",
        List.of("chronicallyIll", "elderly"), List.of("care", "neighbourhood"), 0.78, "beweegcoach", 24000,
        List.of(contribution("swos", "money", 3000, null, "Bijdrage ouderenwelzijn"),
            contribution("gemeente-soest", "money", 2500, null, "Cofinanciering preventiebeleid")));
    confirmAll(ref);
    on(lastYear(5, 4));
    screen(ref, "complete", null);
    on(lastYear(5, 12));
    review(ref, "approve", 0.78, "Preventie en gezondheid in de wijk; koppeling met het lokaal gezondheidsbeleid.",
        "Financier het lokale deel via de OWZ-regeling van de zorgverzekeraars (zorg in de buurt).");
    on(lastYear(5, 30));
    profile(ref, "beweegcoach", "Beweegmakelaar", 28, "Spreekuur in de huisartsenpraktijk, intake met patiënten, "
        + "doorverwijzen naar en begeleiden bij beweegaanbod.", List.of("vulnerableGroups", "healthyLifestyle", "networking"));
    budget(ref, "Fysiotherapeut, CAO Ziekenhuizen schaal 45", 52000, 1500);
    on(lastYear(6, 9));
    decideBudget(ref, "approve", "Akkoord; de OWZ-aanvraag loopt via Elzis.");
    return ref;
  }

  /** Stichting Balans: a buurtsportcoach jongeren. */
  private String youthPlan() {
    on(lastYear(4, 27));
    String ref = submit(lastYear, "stichting-balans", "Buurtsportcoach jongeren",
        "Jongeren in de wijken met sport in contact brengen, talent ontdekken en overlast voorkomen.",
        List.of("youth"), List.of("neighbourhood", "sportsClub"), 1.0, "buurtsportcoach", 30000,
        List.of(contribution("vv-sec", "money", 1500, null, "Bijdrage vereniging"),
            contribution("optisport", "location", null, null, "Sporthal op vrijdagavond")));
    confirmAll(ref);
    on(lastYear(5, 11));
    screen(ref, "complete", "Compleet.");
    on(lastYear(5, 19));
    review(ref, "approve", 1.0, "Jeugd en veiligheid in de wijk.", "Werk samen met het jongerenwerk en de wijkagent.");
    on(lastYear(6, 2));
    profile(ref, "buurtsportcoach", "Buurtsportcoach jongeren", 36, "Straatsport en activiteiten in de wijk, jongeren "
        + "toeleiden naar sportverenigingen, signaleren en doorverwijzen.", List.of("sportTechnical", "vulnerableGroups", "networking"));
    budget(ref, "CAO Sociaal Werk schaal 7", 48000, 1000);
    on(lastYear(6, 16));
    decideBudget(ref, "approve", null);
    return ref;
  }

  /** The gemeente's own coach for sportstimulering, cofinanced by the gemeente itself. */
  private String municipalPlan() {
    on(lastYear(4, 29));
    String ref = submit(lastYear, "gemeente-soest", "Buurtsportcoach sportstimulering",
        "Sportstimuleringsprojecten in de wijken opzetten, samen met scholen, verenigingen en welzijnswerk.",
        List.of("everyone"), List.of("sportsClub", "neighbourhood", "school"), 1.0, "buurtsportcoach", 32000, List.of());
    on(lastYear(5, 11));
    screen(ref, "complete", null);
    on(lastYear(5, 19));
    review(ref, "approve", 1.0, "Sportnota: meer inwoners in beweging.", "Stem de projecten af met de andere coaches.");
    on(lastYear(6, 2));
    profile(ref, "buurtsportcoach", "Buurtsportcoach sportstimulering", 36, "Sportstimuleringsprojecten opzetten en "
        + "begeleiden, de coaches van de aanvoerders met elkaar verbinden.", List.of("sportTechnical", "networking", "policy"));
    budget(ref, "Gemeentelijke schaal 8", 48000, 1000);
    on(lastYear(6, 9));
    decideBudget(ref, "approve", null);
    return ref;
  }

  private String rejectedPlan() {
    on(lastYear(5, 2));
    String ref = submit(lastYear, "optisport", "Zwemles voor volwassenen",
        "Betaalde zwemlessen voor volwassenen in het eigen zwembad.",
        List.of("everyone"), List.of("neighbourhood"), 0.5, "buurtsportcoach", 0, List.of());
    on(lastYear(5, 11));
    screen(ref, "complete", null);
    on(lastYear(5, 19));
    review(ref, "reject", null, null, "Dit is regulier aanbod; de regeling is bedoeld voor nieuwe verbindingen in de wijk.");
    return ref;
  }

  /** Hired last summer; its contract years up to today. */
  private void hireSpecialGroupsCoach(String ref) {
    on(lastYear(6, 9));
    vacancy(ref, "Werk & Inkomen zoekt een buurtsportcoach die kwetsbare inwoners in beweging brengt.", lastYear(7, 7), false);
    on(lastYear(7, 8));
    fireDueTimers(ref);
    select(ref, "selected", null);
    appoint(ref, "Sam Voorbeeld", lastYear(9, 1), 36, false);
    contractYearsUpToToday(ref);
  }

  /** The first attempt from the bijstand failed, the second succeeded; the trainee started on 1 January. */
  private void hireTrainee(String ref) {
    on(lastYear(6, 23));
    vacancy(ref, "Werk & Inkomen zoekt een inwoner uit de bijstand die buurtsportcoach wil worden.", lastYear(7, 21), true);
    on(lastYear(7, 22));
    fireDueTimers(ref);
    select(ref, "noSuitableCandidate", "De kandidaten uit de bijstand waren nog niet toe aan een dienstverband.");
    on(lastYear(10, 1));
    vacancy(ref, "Tweede ronde: een inwoner uit de bijstand met talent en ambitie om buurtsportcoach te worden.", lastYear(11, 1), true);
    on(lastYear(11, 2));
    fireDueTimers(ref);
    select(ref, "selected", "Een gemotiveerde kandidaat; begeleiding door de coach speciale doelgroepen.");
    appoint(ref, "Jip Proefmans", LocalDate.of(thisYear, 1, 1), 18, true);
    contractYearsUpToToday(ref);
  }

  /** The physiotherapist starts on 1 October, 28 hours a week. */
  private void hireBeweegmakelaar(String ref) {
    on(lastYear(6, 16));
    vacancy(ref, "Elzis en SWOS zoeken een beweegmakelaar: een verbinder met affiniteit met zorg, welzijn en kwetsbare groepen.",
        lastYear(8, 1), false);
    on(lastYear(8, 2));
    fireDueTimers(ref);
    select(ref, "selected", "Een creatieve fysiotherapeut met een sportachtergrond en kennis van gedragsverandering.");
    appoint(ref, "Fenna Fictief", lastYear(10, 1), 28, false);
    contractYearsUpToToday(ref);
  }

  private void hireYouthCoach(String ref) {
    on(lastYear(6, 23));
    vacancy(ref, "Stichting Balans zoekt een buurtsportcoach jongeren.", lastYear(8, 15), false);
    on(lastYear(8, 16));
    fireDueTimers(ref);
    select(ref, "selected", null);
    appoint(ref, "Kim Verzonnen", lastYear(11, 1), 36, false);
    contractYearsUpToToday(ref);
  }

  private void hireSportStimulationCoach(String ref) {
    on(lastYear(6, 16));
    vacancy(ref, "De gemeente Soest zoekt een buurtsportcoach sportstimulering.", lastYear(7, 1), true);
    on(lastYear(7, 2));
    fireDueTimers(ref);
    select(ref, "selected", null);
    appoint(ref, "Daan Denkbeeld", lastYear(8, 1), 36, false);
    contractYearsUpToToday(ref);
  }

  /**
   * The contract years up to today, each on its dates: the report timer fires eight weeks before the
   * year's end, the aanvoerder reports two weeks later, the coordinator evaluates four weeks before
   * the end. A step whose date is still to come waits: the report in the year's last eight to six
   * weeks (due in up to four weeks), the evaluation in its last six to two weeks (due at most two
   * weeks ago), so no task of the story is long overdue.
   */
  private void contractYearsUpToToday(String ref) {
    for (int year = 1; ; year++) {
      String key = ref + "/" + year;
      LocalDate end = contractEnd(ref, year);
      if (end.minusWeeks(8).isAfter(today)) {
        return; // the year runs; its report is not yet due
      }
      on(end.minusWeeks(8));
      fireDueTimers(key);
      if (!end.minusWeeks(6).isBefore(today)) {
        return; // the report waits for the aanvoerder
      }
      on(end.minusWeeks(6));
      reportAndReconfirm(ref, year);
      if (!end.minusWeeks(2).isBefore(today)) {
        return; // the evaluation waits for the coordinator
      }
      on(end.minusWeeks(2));
      renewYear(key, "Goed jaar; de partners gaan door. Fte en rijksbijdrage lopen door.");
    }
  }

  /** The gemeente continues the fte and Rijk money; the aanvoerder, as employer, extends the contract. */
  private void renewYear(String key, String remarks) {
    complete("coordinator", key, "evaluateYear", new FundingDecision("continue", remarks));
    complete(aanvoerderOf(key.substring(0, key.lastIndexOf('/'))), key, "decideContract", new ContractDecision("renew", null));
  }

  // --- This year's round: the call open until three weeks from today ---

  /** Started in February at the latest, the meeting in March or earlier; so the plans below fall in its call. */
  private void thisYearsRound() {
    on(earliest(LocalDate.of(thisYear, 2, 1), daysAgo(91)));
    startRound(thisYear, today.plusWeeks(3));
    LocalDate meeting = earliest(LocalDate.of(thisYear, 3, 17), daysAgo(70));
    prepareMeeting(thisYear, meeting);
    on(meeting);
    fireDueTimers(roundKey(thisYear));
    recordMeeting(thisYear);
  }

  /** The gemeente's second coach, verenigingsadvisering: approved, hired, started two weeks ago. */
  private String associationPlan() {
    on(daysAgo(63));
    String ref = submit(thisYear, "gemeente-soest", "Buurtsportcoach verenigingsadvisering",
        "Sportverenigingen helpen met kader, vrijwilligers en nieuwe doelgroepen.",
        List.of("everyone"), List.of("sportsClub"), 1.0, "clubkadercoach", 30000,
        List.of(contribution("vv-sec", "money", 1500, null, "Bijdrage verenigingen")));
    on(daysAgo(60));
    confirmAll(ref);
    on(daysAgo(56));
    screen(ref, "complete", null);
    on(daysAgo(49));
    review(ref, "approve", 1.0, "Vitale sportverenigingen (lokaal sportakkoord).", "Werk samen met de sportraad.");
    on(daysAgo(45));
    profile(ref, "clubkadercoach", "Verenigingsadviseur", 36, "Verenigingen adviseren over kader, vrijwilligers en open aanbod.",
        List.of("clubSupport", "sportTechnical", "networking"));
    budget(ref, "Gemeentelijke schaal 8", 50000, 1000);
    on(daysAgo(42));
    decideBudget(ref, "approve", null);
    on(daysAgo(40));
    vacancy(ref, "De gemeente Soest zoekt een verenigingsadviseur.", daysAgo(26), false);
    on(daysAgo(25));
    fireDueTimers(ref);
    select(ref, "selected", null);
    appoint(ref, "Lotte Bedacht", daysAgo(14), 36, false);
    return ref;
  }

  /** SWOS as aanvoerder for the first time: approved, the vacancy is still to be opened. */
  private String elderlyPlan() {
    on(daysAgo(56));
    String ref = submit(thisYear, "swos", "Beweegcoach ouderen",
        "Ouderen na de valpreventiecursus blijven bewegen: wandelgroepen, beweegochtenden en de fittest in de wijk.",
        List.of("elderly"), List.of("neighbourhood", "care"), 0.5, "beweegcoach", 14000,
        List.of(contribution("gemeente-soest", "money", 2000, null, "Cofinanciering preventiebeleid"),
            contribution("elzis", "expertise", null, null, "Fysiotherapeuten denken mee over het programma")));
    on(daysAgo(52));
    confirmAll(ref);
    on(daysAgo(45));
    screen(ref, "complete", null);
    on(daysAgo(35));
    review(ref, "approve", 0.5, "Gezond ouder worden; langer zelfstandig thuis.", "Sluit aan bij de beweegmakelaar van Elzis.");
    on(daysAgo(20));
    profile(ref, "beweegcoach", null, 18, "Beweegactiviteiten voor ouderen organiseren en vrijwilligers begeleiden.",
        List.of("vulnerableGroups", "healthyLifestyle"));
    budget(ref, "CAO Sociaal Werk schaal 7", 50000, 500);
    on(daysAgo(9));
    decideBudget(ref, "approve", "Akkoord; succes met de werving.");
    return ref;
  }

  /** VV SEC, a sports club as aanvoerder: profile and budget wait for the coordinator's approval. */
  private String clubsPlan() {
    on(daysAgo(49));
    String ref = submit(thisYear, "vv-sec", "Clubkadercoach voor trainers en vrijwilligers",
        "Trainers en vrijwilligers van de Soester clubs opleiden, zodat nieuwe doelgroepen welkom zijn en blijven.",
        List.of("youth", "everyone"), List.of("sportsClub"), 0.5, "clubkadercoach", 12000,
        List.of(contribution("optisport", "money", 2000, null, "Bijdrage sportaccommodaties"),
            contribution("gemeente-soest", "money", 2000, null, "Cofinanciering sportakkoord")));
    on(daysAgo(45));
    confirmAll(ref);
    on(daysAgo(38));
    screen(ref, "complete", null);
    on(daysAgo(28));
    review(ref, "approve", 0.5, "Vitale sportverenigingen (lokaal sportakkoord).", "Deel de opleidingen met de andere clubs.");
    on(daysAgo(10));
    profile(ref, "clubkadercoach", null, 18, "Trainers en vrijwilligers opleiden en begeleiden.",
        List.of("clubSupport", "sportTechnical"));
    on(daysAgo(3));
    budget(ref, "CAO Sport schaal 6", 48000, 500);
    return ref;
  }

  /** Amerpoort as aanvoerder: screened complete, waiting for the joint review with the policy officer. */
  private String disabilitiesPlan() {
    on(daysAgo(30));
    String ref = submit(thisYear, "amerpoort", "Beweegcoach voor mensen met een verstandelijke beperking",
        "Bewoners en deelnemers van de dagbesteding sporten bij gewone verenigingen, met begeleiding waar nodig.",
        List.of("disabilities"), List.of("care", "sportsClub"), 0.5, "buurtsportcoach", 14000,
        List.of(contribution("optisport", "location", null, null, "Hardlooproute en sporthal"),
            contribution("mee", "support", null, null, "Ondersteuning van deelnemers en hun ouders")));
    on(daysAgo(25));
    confirmAll(ref);
    on(daysAgo(6));
    screen(ref, "complete", "Compleet.");
    return ref;
  }

  /** Bink Kinderopvang: three coaches; SWOS has not yet confirmed its contribution, the coordinator is reminded. */
  private String childcarePlan() {
    on(daysAgo(16));
    String ref = submit(thisYear, "bink-kinderopvang", "Drie buurtsportcoaches in de kinderopvang",
        "Elke dag bewegen in de kinderopvang en BSO, met doorstroom naar sportverenigingen.",
        List.of("youth"), List.of("childcare", "sportsClub"), 2.4, "buurtsportcoach", 60000,
        List.of(contribution("zippies-bso", "money", 3000, null, "Gezamenlijke inkoop materialen"),
            contribution("swos", "hours", null, 80, "Grootouders als vrijwilligers bij beweegochtenden")));
    on(daysAgo(12));
    confirm(ref, "zippies-bso", true, 3000.0, null, null);
    // Fourteen days without SWOS's answer: the coordinator is asked to remind it.
    on(daysAgo(1));
    fireDueTimers(ref);
    return ref;
  }

  /** Idea's cultuurcoach: incomplete at screening, back with the aanvoerder. */
  private String culturePlan() {
    on(daysAgo(20));
    String ref = submit(thisYear, "idea", "Cultuurcoach in het primair onderwijs",
        "Kinderen op de basisschool laten kennismaken met dans, muziek en theater, samen met de sportcoaches.",
        List.of("youth"), List.of("school", "culture"), 0.6, "cultuurcoach", 9000, List.of());
    on(daysAgo(12));
    screen(ref, "incomplete", "Welke scholen doen mee, en wat dragen zij bij? Zonder spelers is het lokale aandeel te klein.");
    return ref;
  }

  /** MEE, submitted a few days ago: waiting for screening. */
  private String clientSupportPlan() {
    on(daysAgo(4));
    return submit(thisYear, "mee", "Sport en bewegen via de cliëntondersteuner",
        "Cliëntondersteuners van MEE wijzen mensen met een beperking de weg naar passend sport- en beweegaanbod.",
        List.of("disabilities", "lowIncome"), List.of("care", "neighbourhood"), 0.4, "buurtsportcoach", 10000, List.of());
  }

  // --- Steps, as the users take them ---

  private void startRound(int year, LocalDate callDeadline) {
    as("coordinator", () -> formService.submitStartForm(definitionId("funding-round"), FormValues.of(new Start(
        year, decimal(GRANTED_FTE), decimal(20000), 60, false, callDeadline))));
  }

  private void prepareMeeting(int year, LocalDate meetingDate) {
    complete("coordinator", roundKey(year), "prepareMeeting", new Meeting(meetingDate, "Raadhuis Soest, raadzaal",
        List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans", "bink-kinderopvang", "zippies-bso", "idea", "amerpoort",
            "mee", "vv-sec", "optisport", "gemeente-soest")));
  }

  private void recordMeeting(int year) {
    complete("coordinator", roundKey(year), "recordMeeting", new MeetingRecord(
        List.of("werk-en-inkomen", "elzis", "swos", "stichting-balans", "bink-kinderopvang", "zippies-bso", "idea", "vv-sec",
            "mee", "gemeente-soest"),
        "Goedbezochte bijeenkomst met sportorganisaties, onderwijs, maatschappelijke partners en "
            + "beleidsambtenaren. In werkvormen verkend waar buurtsportcoaches verbindingen in de wijk kunnen maken. "
            + "Oproep gedaan om plannen in te dienen, het liefst met partners en een voorstel voor cofinanciering en aanstelling."));
  }

  private static String roundKey(int year) {
    return "round-" + year;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private void appoint(String ref, String coachName, LocalDate start, double hoursPerWeek, boolean trainee) {
    complete(aanvoerderOf(ref), ref, "appointCoach", new Appointment(coachName, start, decimal(hoursPerWeek), null, trainee));
  }

  private void select(String ref, String outcome, String remarks) {
    complete(aanvoerderOf(ref), ref, "selectCandidate", new Selection(outcome, remarks));
  }

  private LocalDate contractEnd(String ref, int year) {
    String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref + "/" + year).singleResult().getId();
    return LocalDate.parse((String) runtimeService.getVariable(id, ProcessVariables.CONTRACT_END_DATE));
  }

  private void vacancy(String ref, String text, LocalDate closing, boolean internal) {
    complete(aanvoerderOf(ref), ref, "openVacancy", new VacancyForm(text, closing, internal));
  }

  /** The aanvoerder reports the year (the timer has fired on its date) and every speler continues. */
  private void reportAndReconfirm(String ref, int year) {
    String key = ref + "/" + year;
    int reached = 40 + 15 * year;
    // The participatieladder only where the plan works with people towards work (Werk & Inkomen's).
    Task reportTask = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("submitYearReport").singleResult();
    boolean ladder = !Boolean.FALSE.equals(taskService.getVariable(reportTask.getId(), ProcessVariables.LADDER_APPLIES));
    complete(aanvoerderOf(ref), key, "submitYearReport", new YearReportForm(reached,
        ladder ? ladder(reached, 0) : null, ladder ? ladder(reached, 1) : null,
        "Wekelijkse beweeggroepen en doorstroom naar de sportverenigingen.", decimal(50000), true,
        List.of("partnerCommitment"), null, null, null));
    // The aanvoerder, as employer, continues with this year's hours and costs (the form's prefilled values).
    NextYearForm prefilled = FormValues.shown(taskService.getVariables(taskService.createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("prepareNextYear").singleResult().getId()), NextYearForm.class);
    complete(aanvoerderOf(ref), key, "prepareNextYear", new NextYearForm("continue", prefilled.nextYearHoursPerWeek(),
        prefilled.nextYearAnnualCostPerFte(), prefilled.nextYearOtherCostsEuro(), null, null));
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("reconfirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Reconfirmation shown = FormValues.shown(taskService.getVariables(task.getId()), Reconfirmation.class);
      as(speler, () -> taskService.complete(task.getId(), FormValues.of(
          new Reconfirmation(true, shown.nextYearAmountEuro(), shown.nextYearHoursPerYear(), null))));
    }
  }

  /** Participants over the rungs of the participatieladder; {@code shift} moves a share one rung up. */
  private static LadderCounts ladder(int total, int shift) {
    int[] share = shift == 0 ? new int[] {30, 25, 25, 10, 6, 4} : new int[] {18, 25, 30, 15, 8, 4};
    int[] rungs = new int[6];
    int assigned = 0;
    for (int i = 0; i < 6; i++) {
      rungs[i] = i == 5 ? total - assigned : total * share[i] / 100;
      assigned += rungs[i];
    }
    return new LadderCounts(rungs[0], rungs[1], rungs[2], rungs[3], rungs[4], rungs[5]);
  }

  private String submit(int roundYear, String aanvoerder, String title, String goals, List<String> targetGroups, List<String> settings,
      double fte, String profileType, double aanvoerderEuro, List<ContributionRow> contributions) {
    var instance = as(aanvoerder, () -> formService.submitStartForm(definitionId("plan-intake"), FormValues.of(
        plan(roundYear, title, goals, targetGroups, settings, fte, profileType, aanvoerderEuro, contributions))));
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private static Submission plan(int roundYear, String title, String goals, List<String> targetGroups, List<String> settings,
      double fte, String profileType, double aanvoerderEuro, List<ContributionRow> contributions) {
    return new Submission(roundYear, title, null, goals, targetGroups, settings, decimal(fte), profileType, decimal(aanvoerderEuro),
        contributions, null);
  }

  private void confirmAll(String ref) {
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Confirmation shown = FormValues.shown(taskService.getVariables(task.getId()), Confirmation.class);
      as(speler, () -> taskService.complete(task.getId(), FormValues.of(
          new Confirmation(true, shown.confirmedAmountEuro(), shown.confirmedHoursPerYear(), "Graag!"))));
    }
  }

  private void confirm(String ref, String speler, boolean confirmed, Double amount, Integer hours, String remark) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution")
        .taskCandidateGroup("org-" + speler).singleResult();
    as(speler, () -> taskService.complete(task.getId(), FormValues.of(
        new Confirmation(confirmed, amount == null ? null : decimal(amount), hours, remark))));
  }

  private void screen(String ref, String outcome, String remarks) {
    complete("coordinator", ref, "screenPlan", new Screening(outcome, remarks));
  }

  private void review(String ref, String decision, Double fte, String policyGoals, String tips) {
    complete("coordinator", ref, "jointReview", new Review(ProcessValues.today(),
        "Coördinator, beleidsambtenaar sport, aanvoerder en spelers", policyGoals, tips, decision, fte == null ? null : decimal(fte)));
  }

  private void profile(String ref, String type, String localTitle, double hours, String tasks, List<String> competencies) {
    complete(aanvoerderOf(ref), ref, "draftProfile", new ProfileDraft(type, localTitle, decimal(hours), null, null, tasks, competencies));
  }

  private void budget(String ref, String scale, double annualCost, double other) {
    complete(aanvoerderOf(ref), ref, "draftBudget", new BudgetDraft(scale, decimal(annualCost), decimal(other)));
  }

  private void decideBudget(String ref, String decision, String remarks) {
    complete("coordinator", ref, "approveProfileAndBudget", new BudgetDecision(decision, remarks));
  }

  private String aanvoerderOf(String ref) {
    return plans.findAanvoerderSlugByReference(ref).orElseThrow();
  }

  private void complete(String user, String businessKey, String taskKey, Record form) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo: no task " + taskKey + " for " + businessKey);
    }
    as(user, () -> formService.submitTaskForm(task.getId(), FormValues.of(form)));
  }

  /** The story's timers are due on the story's day; fire them now instead of waiting for the job executor. */
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

  private static ContributionRow contribution(String org, String kind, Integer amount, Integer hours, String description) {
    return new ContributionRow(org, kind, amount == null ? null : decimal(amount), hours, description);
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  private String definitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }
}
