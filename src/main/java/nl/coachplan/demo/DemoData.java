package nl.coachplan.demo;

import java.time.LocalDate;
import java.util.List;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.fundinground.RoundForms.CallDecision;
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
  private final DemoSteps steps;
  private final DemoWijk wijk;

  /** The story's clock, the day it is told up to, and the years of its two rounds. */
  private DemoClock clock;
  private LocalDate today;
  private int thisYear;
  private int lastYear;

  DemoData(DemoUsers users, FundingRoundRepository rounds, DemoSteps steps, DemoWijk wijk) {
    this.users = users;
    this.rounds = rounds;
    this.steps = steps;
    this.wijk = wijk;
  }

  @Override
  public void run(ApplicationArguments args) {
    users.ensure();
    if (rounds.count() > 0) {
      return;
    }
    clock = new DemoClock();
    steps.on(clock);
    today = clock.today();
    thisYear = today.getYear();
    lastYear = thisYear - 1;
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
      wijk.tell(clock, steps);
      LOG.info("Soest demo loaded: {}", List.of(specialGroups, trainee, beweegmakelaar, youth, sportStimulation, swimming,
          association, elderly, clubs, disabilities, childcare, culture, clientSupport));
    } finally {
      clock.backToToday();
    }
  }

  private void on(LocalDate day) {
    clock.on(day);
  }

  /** A day of last year. */
  private LocalDate lastYear(int month, int day) {
    return LocalDate.of(lastYear, month, day);
  }

  /** A day some days before today. */
  private LocalDate daysAgo(int days) {
    return today.minusDays(days);
  }

  // --- Last year's round: February to June, its coaches hired from August ---

  private void lastYearsRound() {
    on(lastYear(2, 1));
    steps.startRound(lastYear, GRANTED_FTE, lastYear(6, 30));
    steps.prepareMeeting(lastYear, lastYear(3, 17));
    on(lastYear(3, 17));
    steps.fireDueTimers(DemoSteps.roundKey(lastYear));
    steps.recordMeeting(lastYear);
  }

  /** The call closed at its deadline; the plans submitted before go on. */
  private void closeLastYearsCall() {
    on(lastYear(7, 1));
    steps.fireDueTimers(DemoSteps.roundKey(lastYear));
    steps.complete("coordinator", DemoSteps.roundKey(lastYear), "closeCall", new CallDecision("close", null));
  }

  /** Werk & Inkomen's plan, approved all the way; its coach is hired below. */
  private String specialGroupsPlan() {
    on(lastYear(4, 20));
    String ref = steps.submit(lastYear, "werk-en-inkomen", "Buurtsportcoach speciale doelgroepen",
        "Kwetsbare inwoners (bijstand, mensen met een beperking, ouderen) meer laten bewegen en participeren door "
            + "organisaties en projecten te verbinden en samen activiteiten te organiseren.",
        List.of("welfare", "disabilities", "elderly"), List.of("work", "neighbourhood", "care"), 1.0, "buurtsportcoach", 26000,
        List.of(DemoSteps.contribution("zippies-bso", "money", 2500, null, "Bijdrage kinderopvang"),
            DemoSteps.contribution("amerpoort", "money", 2000, null, "Bijdrage zorg"),
            DemoSteps.contribution("mee", "money", 1500, null, "Bijdrage cliëntondersteuning"),
            DemoSteps.contribution("swos", "hours", null, 200, "Inzet ouderenwerkers bij activiteiten"),
            DemoSteps.contribution("idea", "expertise", null, null, "Cultuurdocenten voor beweeg- en cultuurprojecten"),
            DemoSteps.contribution("vv-sec", "location", null, null, "Velden en kantine op doordeweekse ochtenden"),
            DemoSteps.contribution("optisport", "location", null, null, "Sporthal in daluren")));
    steps.confirmAll(ref);
    on(lastYear(5, 4));
    steps.screen(ref, "complete", "Compleet; mooie mix van partners.");
    on(lastYear(5, 12));
    steps.review(ref, "approve", 1.0, "Sluit aan bij het participatiebeleid en de Wet maatschappelijke ondersteuning.",
        "Betrek ook de bibliotheek en het wijkteam bij de activiteiten.");
    on(lastYear(5, 26));
    steps.profile(ref, "buurtsportcoach", null, 36, "Verbinden van organisaties, organiseren van beweegactiviteiten voor "
        + "speciale doelgroepen, begeleiden van deelnemers naar regulier sport- en beweegaanbod.",
        List.of("vulnerableGroups", "networking", "sportTechnical"));
    steps.budget(ref, "CAO Sport schaal 7", 50000, 2000);
    on(lastYear(6, 2));
    steps.decideBudget(ref, "approve", "Akkoord; start werving.");
    return ref;
  }

  /** Werk &amp; Inkomen's trainee plan: incomplete at first, revised with spelers, then approved. */
  private String traineePlan() {
    on(lastYear(4, 22));
    String ref = steps.submit(lastYear, "werk-en-inkomen", "Leerwerktraject buurtsportcoach uit de bijstand",
        "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches.",
        List.of("welfare"), List.of("work"), 0.5, "buurtsportcoach", 8000, List.of());
    on(lastYear(5, 4));
    steps.screen(ref, "incomplete", "Er zijn nog geen spelers. Wie begeleidt de trainee en wie draagt bij aan de opleiding?");
    on(lastYear(5, 9));
    steps.complete("werk-en-inkomen", ref, "revisePlan", steps.plan(lastYear, "Leerwerktraject buurtsportcoach uit de bijstand",
        "Een inwoner uit de bijstand leidt het team op tot buurtsportcoach, begeleid door de andere coaches en MEE.",
        List.of("welfare"), List.of("work", "neighbourhood"), 0.5, "buurtsportcoach", 14000,
        List.of(DemoSteps.contribution("mee", "money", 2500, null, "Begeleiding en opleiding"),
            DemoSteps.contribution("swos", "hours", null, 100, "Meelopen met ouderenwerkers"))));
    steps.confirmAll(ref);
    on(lastYear(5, 19));
    steps.screen(ref, "complete", "Compleet na aanpassing.");
    on(lastYear(5, 26));
    steps.review(ref, "approve", 0.5, "Participatie vanuit de bijstand.", "Plan de begeleiding door de andere coaches vooraf in.");
    on(lastYear(6, 9));
    steps.profile(ref, "buurtsportcoach", "Trainee buurtsportcoach", 18, "Meedraaien in activiteiten, opleiding tot buurtsportcoach.",
        List.of("networking"));
    steps.budget(ref, "CAO Sport schaal 5 (leerwerktraject)", 50000, 1000);
    on(lastYear(6, 16));
    steps.decideBudget(ref, "approve", null);
    return ref;
  }

  /** Elzis with SWOS: a beweegmakelaar (a local title on the beweegcoach profile), a physiotherapist at 28 hours. */
  private String beweegmakelaarPlan() {
    on(lastYear(4, 24));
    String ref = steps.submit(lastYear, "elzis", "Beweegmakelaar eerstelijnszorg",
        "Ouderen en patiënten met (een verhoogde kans op) een chronische aandoening die te weinig bewegen, vanuit de "
            + "huisarts en de fysiotherapeut doorverwijzen naar passend beweegaanbod in de wijk.",
        List.of("chronicallyIll", "elderly"), List.of("care", "neighbourhood"), 0.78, "beweegcoach", 24000,
        List.of(DemoSteps.contribution("swos", "money", 3000, null, "Bijdrage ouderenwelzijn"),
            DemoSteps.contribution("gemeente-soest", "money", 2500, null, "Cofinanciering preventiebeleid")));
    steps.confirmAll(ref);
    on(lastYear(5, 4));
    steps.screen(ref, "complete", null);
    on(lastYear(5, 12));
    steps.review(ref, "approve", 0.78, "Preventie en gezondheid in de wijk; koppeling met het lokaal gezondheidsbeleid.",
        "Financier het lokale deel via de OWZ-regeling van de zorgverzekeraars (zorg in de buurt).");
    on(lastYear(5, 30));
    steps.profile(ref, "beweegcoach", "Beweegmakelaar", 28, "Spreekuur in de huisartsenpraktijk, intake met patiënten, "
        + "doorverwijzen naar en begeleiden bij beweegaanbod.", List.of("vulnerableGroups", "healthyLifestyle", "networking"));
    steps.budget(ref, "Fysiotherapeut, CAO Ziekenhuizen schaal 45", 52000, 1500);
    on(lastYear(6, 9));
    steps.decideBudget(ref, "approve", "Akkoord; de OWZ-aanvraag loopt via Elzis.");
    return ref;
  }

  /** Stichting Balans: a buurtsportcoach jongeren. */
  private String youthPlan() {
    on(lastYear(4, 27));
    String ref = steps.submit(lastYear, "stichting-balans", "Buurtsportcoach jongeren",
        "Jongeren in de wijken met sport in contact brengen, talent ontdekken en overlast voorkomen.",
        List.of("youth"), List.of("neighbourhood", "sportsClub"), 1.0, "buurtsportcoach", 30000,
        List.of(DemoSteps.contribution("vv-sec", "money", 1500, null, "Bijdrage vereniging"),
            DemoSteps.contribution("optisport", "location", null, null, "Sporthal op vrijdagavond")));
    steps.confirmAll(ref);
    on(lastYear(5, 11));
    steps.screen(ref, "complete", "Compleet.");
    on(lastYear(5, 19));
    steps.review(ref, "approve", 1.0, "Jeugd en veiligheid in de wijk.", "Werk samen met het jongerenwerk en de wijkagent.");
    on(lastYear(6, 2));
    steps.profile(ref, "buurtsportcoach", "Buurtsportcoach jongeren", 36, "Straatsport en activiteiten in de wijk, jongeren "
        + "toeleiden naar sportverenigingen, signaleren en doorverwijzen.", List.of("sportTechnical", "vulnerableGroups", "networking"));
    steps.budget(ref, "CAO Sociaal Werk schaal 7", 48000, 1000);
    on(lastYear(6, 16));
    steps.decideBudget(ref, "approve", null);
    return ref;
  }

  /** The gemeente's own coach for sportstimulering, cofinanced by the gemeente itself. */
  private String municipalPlan() {
    on(lastYear(4, 29));
    String ref = steps.submit(lastYear, "gemeente-soest", "Buurtsportcoach sportstimulering",
        "Sportstimuleringsprojecten in de wijken opzetten, samen met scholen, verenigingen en welzijnswerk.",
        List.of("everyone"), List.of("sportsClub", "neighbourhood", "school"), 1.0, "buurtsportcoach", 32000, List.of());
    on(lastYear(5, 11));
    steps.screen(ref, "complete", null);
    on(lastYear(5, 19));
    steps.review(ref, "approve", 1.0, "Sportnota: meer inwoners in beweging.", "Stem de projecten af met de andere coaches.");
    on(lastYear(6, 2));
    steps.profile(ref, "buurtsportcoach", "Buurtsportcoach sportstimulering", 36, "Sportstimuleringsprojecten opzetten en "
        + "begeleiden, de coaches van de aanvoerders met elkaar verbinden.", List.of("sportTechnical", "networking", "policy"));
    steps.budget(ref, "Gemeentelijke schaal 8", 48000, 1000);
    on(lastYear(6, 9));
    steps.decideBudget(ref, "approve", null);
    return ref;
  }

  private String rejectedPlan() {
    on(lastYear(5, 2));
    String ref = steps.submit(lastYear, "optisport", "Zwemles voor volwassenen",
        "Betaalde zwemlessen voor volwassenen in het eigen zwembad.",
        List.of("everyone"), List.of("neighbourhood"), 0.5, "buurtsportcoach", 0, List.of());
    on(lastYear(5, 11));
    steps.screen(ref, "complete", null);
    on(lastYear(5, 19));
    steps.review(ref, "reject", null, null, "Dit is regulier aanbod; de regeling is bedoeld voor nieuwe verbindingen in de wijk.");
    return ref;
  }

  /** Hired last summer; its contract years up to today. */
  private void hireSpecialGroupsCoach(String ref) {
    on(lastYear(6, 9));
    steps.vacancy(ref, "Werk & Inkomen zoekt een buurtsportcoach die kwetsbare inwoners in beweging brengt.", lastYear(7, 7), false);
    on(lastYear(7, 8));
    steps.fireDueTimers(ref);
    steps.select(ref, "selected", null);
    steps.appoint(ref, "Sam Voorbeeld", lastYear(9, 1), 36, false);
    contractYearsUpToToday(ref);
  }

  /** The first attempt from the bijstand failed, the second succeeded; the trainee started on 1 January. */
  private void hireTrainee(String ref) {
    on(lastYear(6, 23));
    steps.vacancy(ref, "Werk & Inkomen zoekt een inwoner uit de bijstand die buurtsportcoach wil worden.", lastYear(7, 21), true);
    on(lastYear(7, 22));
    steps.fireDueTimers(ref);
    steps.select(ref, "noSuitableCandidate", "De kandidaten uit de bijstand waren nog niet toe aan een dienstverband.");
    on(lastYear(10, 1));
    steps.vacancy(ref, "Tweede ronde: een inwoner uit de bijstand met talent en ambitie om buurtsportcoach te worden.", lastYear(11, 1), true);
    on(lastYear(11, 2));
    steps.fireDueTimers(ref);
    steps.select(ref, "selected", "Een gemotiveerde kandidaat; begeleiding door de coach speciale doelgroepen.");
    steps.appoint(ref, "Jip Proefmans", LocalDate.of(thisYear, 1, 1), 18, true);
    contractYearsUpToToday(ref);
  }

  /** The physiotherapist starts on 1 October, 28 hours a week. */
  private void hireBeweegmakelaar(String ref) {
    on(lastYear(6, 16));
    steps.vacancy(ref, "Elzis en SWOS zoeken een beweegmakelaar: een verbinder met affiniteit met zorg, welzijn en kwetsbare groepen.",
        lastYear(8, 1), false);
    on(lastYear(8, 2));
    steps.fireDueTimers(ref);
    steps.select(ref, "selected", "Een creatieve fysiotherapeut met een sportachtergrond en kennis van gedragsverandering.");
    steps.appoint(ref, "Fenna Fictief", lastYear(10, 1), 28, false);
    contractYearsUpToToday(ref);
  }

  private void hireYouthCoach(String ref) {
    on(lastYear(6, 23));
    steps.vacancy(ref, "Stichting Balans zoekt een buurtsportcoach jongeren.", lastYear(8, 15), false);
    on(lastYear(8, 16));
    steps.fireDueTimers(ref);
    steps.select(ref, "selected", null);
    steps.appoint(ref, "Kim Verzonnen", lastYear(11, 1), 36, false);
    contractYearsUpToToday(ref);
  }

  private void hireSportStimulationCoach(String ref) {
    on(lastYear(6, 16));
    steps.vacancy(ref, "De gemeente Soest zoekt een buurtsportcoach sportstimulering.", lastYear(7, 1), true);
    on(lastYear(7, 2));
    steps.fireDueTimers(ref);
    steps.select(ref, "selected", null);
    steps.appoint(ref, "Daan Denkbeeld", lastYear(8, 1), 36, false);
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
      LocalDate end = steps.contractEnd(ref, year);
      if (end.minusWeeks(8).isAfter(today)) {
        return; // the year runs; its report is not yet due
      }
      on(end.minusWeeks(8));
      steps.fireDueTimers(key);
      if (!end.minusWeeks(6).isBefore(today)) {
        return; // the report waits for the aanvoerder
      }
      on(end.minusWeeks(6));
      steps.reportAndReconfirm(ref, year);
      if (!end.minusWeeks(2).isBefore(today)) {
        return; // the evaluation waits for the coordinator
      }
      on(end.minusWeeks(2));
      steps.renewYear(key, "Goed jaar; de partners gaan door. Fte en rijksbijdrage lopen door.");
    }
  }

  // --- This year's round: the call open until three weeks from today ---

  /** Started in February at the latest, the meeting in March or earlier; so the plans below fall in its call. */
  private void thisYearsRound() {
    on(earliest(LocalDate.of(thisYear, 2, 1), daysAgo(91)));
    steps.startRound(thisYear, GRANTED_FTE, today.plusWeeks(3));
    LocalDate meeting = earliest(LocalDate.of(thisYear, 3, 17), daysAgo(70));
    steps.prepareMeeting(thisYear, meeting);
    on(meeting);
    steps.fireDueTimers(DemoSteps.roundKey(thisYear));
    steps.recordMeeting(thisYear);
  }

  /** The gemeente's second coach, verenigingsadvisering: approved, hired, started two weeks ago. */
  private String associationPlan() {
    on(daysAgo(63));
    String ref = steps.submit(thisYear, "gemeente-soest", "Buurtsportcoach verenigingsadvisering",
        "Sportverenigingen helpen met kader, vrijwilligers en nieuwe doelgroepen.",
        List.of("everyone"), List.of("sportsClub"), 1.0, "clubkadercoach", 30000,
        List.of(DemoSteps.contribution("vv-sec", "money", 1500, null, "Bijdrage verenigingen")));
    on(daysAgo(60));
    steps.confirmAll(ref);
    on(daysAgo(56));
    steps.screen(ref, "complete", null);
    on(daysAgo(49));
    steps.review(ref, "approve", 1.0, "Vitale sportverenigingen (lokaal sportakkoord).", "Werk samen met de sportraad.");
    on(daysAgo(45));
    steps.profile(ref, "clubkadercoach", "Verenigingsadviseur", 36, "Verenigingen adviseren over kader, vrijwilligers en open aanbod.",
        List.of("clubSupport", "sportTechnical", "networking"));
    steps.budget(ref, "Gemeentelijke schaal 8", 50000, 1000);
    on(daysAgo(42));
    steps.decideBudget(ref, "approve", null);
    on(daysAgo(40));
    steps.vacancy(ref, "De gemeente Soest zoekt een verenigingsadviseur.", daysAgo(26), false);
    on(daysAgo(25));
    steps.fireDueTimers(ref);
    steps.select(ref, "selected", null);
    steps.appoint(ref, "Lotte Bedacht", daysAgo(14), 36, false);
    return ref;
  }

  /** SWOS as aanvoerder for the first time: approved, the vacancy is still to be opened. */
  private String elderlyPlan() {
    on(daysAgo(56));
    String ref = steps.submit(thisYear, "swos", "Beweegcoach ouderen",
        "Ouderen na de valpreventiecursus blijven bewegen: wandelgroepen, beweegochtenden en de fittest in de wijk.",
        List.of("elderly"), List.of("neighbourhood", "care"), 0.5, "beweegcoach", 14000,
        List.of(DemoSteps.contribution("gemeente-soest", "money", 2000, null, "Cofinanciering preventiebeleid"),
            DemoSteps.contribution("elzis", "expertise", null, null, "Fysiotherapeuten denken mee over het programma")));
    on(daysAgo(52));
    steps.confirmAll(ref);
    on(daysAgo(45));
    steps.screen(ref, "complete", null);
    on(daysAgo(35));
    steps.review(ref, "approve", 0.5, "Gezond ouder worden; langer zelfstandig thuis.", "Sluit aan bij de beweegmakelaar van Elzis.");
    on(daysAgo(20));
    steps.profile(ref, "beweegcoach", null, 18, "Beweegactiviteiten voor ouderen organiseren en vrijwilligers begeleiden.",
        List.of("vulnerableGroups", "healthyLifestyle"));
    steps.budget(ref, "CAO Sociaal Werk schaal 7", 50000, 500);
    on(daysAgo(9));
    steps.decideBudget(ref, "approve", "Akkoord; succes met de werving.");
    return ref;
  }

  /** VV SEC, a sports club as aanvoerder: profile and budget wait for the coordinator's approval. */
  private String clubsPlan() {
    on(daysAgo(49));
    String ref = steps.submit(thisYear, "vv-sec", "Clubkadercoach voor trainers en vrijwilligers",
        "Trainers en vrijwilligers van de Soester clubs opleiden, zodat nieuwe doelgroepen welkom zijn en blijven.",
        List.of("youth", "everyone"), List.of("sportsClub"), 0.5, "clubkadercoach", 12000,
        List.of(DemoSteps.contribution("optisport", "money", 2000, null, "Bijdrage sportaccommodaties"),
            DemoSteps.contribution("gemeente-soest", "money", 2000, null, "Cofinanciering sportakkoord")));
    on(daysAgo(45));
    steps.confirmAll(ref);
    on(daysAgo(38));
    steps.screen(ref, "complete", null);
    on(daysAgo(28));
    steps.review(ref, "approve", 0.5, "Vitale sportverenigingen (lokaal sportakkoord).", "Deel de opleidingen met de andere clubs.");
    on(daysAgo(10));
    steps.profile(ref, "clubkadercoach", null, 18, "Trainers en vrijwilligers opleiden en begeleiden.",
        List.of("clubSupport", "sportTechnical"));
    on(daysAgo(3));
    steps.budget(ref, "CAO Sport schaal 6", 48000, 500);
    return ref;
  }

  /** Amerpoort as aanvoerder: screened complete, waiting for the joint review with the policy officer. */
  private String disabilitiesPlan() {
    on(daysAgo(30));
    String ref = steps.submit(thisYear, "amerpoort", "Beweegcoach voor mensen met een verstandelijke beperking",
        "Bewoners en deelnemers van de dagbesteding sporten bij gewone verenigingen, met begeleiding waar nodig.",
        List.of("disabilities"), List.of("care", "sportsClub"), 0.5, "buurtsportcoach", 14000,
        List.of(DemoSteps.contribution("optisport", "location", null, null, "Hardlooproute en sporthal"),
            DemoSteps.contribution("mee", "support", null, null, "Ondersteuning van deelnemers en hun ouders")));
    on(daysAgo(25));
    steps.confirmAll(ref);
    on(daysAgo(6));
    steps.screen(ref, "complete", "Compleet.");
    return ref;
  }

  /** Bink Kinderopvang: three coaches; SWOS has not yet confirmed its contribution, the coordinator is reminded. */
  private String childcarePlan() {
    on(daysAgo(16));
    String ref = steps.submit(thisYear, "bink-kinderopvang", "Drie buurtsportcoaches in de kinderopvang",
        "Elke dag bewegen in de kinderopvang en BSO, met doorstroom naar sportverenigingen.",
        List.of("youth"), List.of("childcare", "sportsClub"), 2.4, "buurtsportcoach", 60000,
        List.of(DemoSteps.contribution("zippies-bso", "money", 3000, null, "Gezamenlijke inkoop materialen"),
            DemoSteps.contribution("swos", "hours", null, 80, "Grootouders als vrijwilligers bij beweegochtenden")));
    on(daysAgo(12));
    steps.confirm(ref, "zippies-bso", true, 3000.0, null, null);
    // Fourteen days without SWOS's answer: the coordinator is asked to remind it.
    on(daysAgo(1));
    steps.fireDueTimers(ref);
    return ref;
  }

  /** Idea's cultuurcoach: incomplete at screening, back with the aanvoerder. */
  private String culturePlan() {
    on(daysAgo(20));
    String ref = steps.submit(thisYear, "idea", "Cultuurcoach in het primair onderwijs",
        "Kinderen op de basisschool laten kennismaken met dans, muziek en theater, samen met de sportcoaches.",
        List.of("youth"), List.of("school", "culture"), 0.6, "cultuurcoach", 9000, List.of());
    on(daysAgo(12));
    steps.screen(ref, "incomplete", "Welke scholen doen mee, en wat dragen zij bij? Zonder spelers is het lokale aandeel te klein.");
    return ref;
  }

  /** MEE, submitted a few days ago: waiting for screening. */
  private String clientSupportPlan() {
    on(daysAgo(4));
    return steps.submit(thisYear, "mee", "Sport en bewegen via de cliëntondersteuner",
        "Cliëntondersteuners van MEE wijzen mensen met een beperking de weg naar passend sport- en beweegaanbod.",
        List.of("disabilities", "lowIncome"), List.of("care", "neighbourhood"), 0.4, "buurtsportcoach", 10000, List.of());
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

}
