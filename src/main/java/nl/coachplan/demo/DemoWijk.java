package nl.coachplan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.activitylisting.ActivityForms.ActivityForm;
import nl.coachplan.activitylisting.ActivityForms.Agreement;
import nl.coachplan.activitylisting.ActivityForms.Criteria;
import nl.coachplan.identity.IdentitySetup;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.referral.Referral;
import nl.coachplan.referral.Referrals;
import nl.coachplan.wijkcollaboration.WijkCollaborations;
import nl.coachplan.wijkcollaboration.WijkForms.Evaluation;
import nl.coachplan.wijkcollaboration.WijkForms.NewWijk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The wijk in the Soest story (seeds 003 and 004): the gemeente's wijken since last February, the
 * aanbod of the partners with its five criteria agreed (one waiting for the coordinator, one not yet
 * agreed), the wijkteam's referrals of the last two months with the providers' answers (one reminded,
 * one new), and the yearly look back per wijk. Told by {@link DemoData}, on its clock.
 */
@Component
class DemoWijk {

  private static final Viewer COORDINATOR = new Viewer("coordinator", List.of("coordinator"));
  private static final Viewer WIJKTEAM = new Viewer("wijkteam", List.of(IdentitySetup.WIJKTEAM));

  private static final String CENTRUM = "WK034201";
  private static final String ZUID = "WK034202";
  private static final String NOORD = "WK034203";
  private static final String SOESTERBERG = "WK034204";

  private final WijkCollaborations wijken;
  private final Activities activities;
  private final Referrals referrals;
  private final MonthDay evaluationDay;

  DemoWijk(WijkCollaborations wijken, Activities activities, Referrals referrals,
      @Value("${coachplan.wijk.evaluation-day:--11-01}") String evaluationDay) {
    this.wijken = wijken;
    this.activities = activities;
    this.referrals = referrals;
    this.evaluationDay = MonthDay.parse(evaluationDay);
  }

  void tell(DemoClock clock, DemoSteps steps) {
    LocalDate today = clock.today();
    int lastYear = today.getYear() - 1;
    clock.on(LocalDate.of(lastYear, 2, 1));
    wijk(CENTRUM, "Soest-Centrum");
    wijk(ZUID, "Soest-Zuid");
    wijk(NOORD, "Soest-Noord");
    wijk(SOESTERBERG, "Soesterberg");

    // Last spring the partners put their aanbod in, and the coordinator agreed it with the wijkteam.
    clock.on(LocalDate.of(lastYear, 3, 20));
    Activity walking = stated("swos", new ActivityForm(null, "Wandelgroep voor ouderen",
        "Twee keer per week samen wandelen door de wijk, in eigen tempo, met koffie na afloop. Vrijwilligers lopen mee.",
        null, List.of(ZUID, CENTRUM), List.of("elderly", "chronicallyIll"), "dinsdag en donderdag 10.00-11.00 uur",
        "Vertrek bij het wijkcentrum", BigDecimal.ZERO, all()));
    Activity exercise = stated("elzis", new ActivityForm(null, "Fysio-oefenochtend",
        "Een fysiotherapeut uit de wijk begeleidt een groep ouderen bij laagdrempelige oefeningen; daarna is er tijd voor koffie.",
        SOESTERBERG, null, List.of("elderly", "chronicallyIll"), "woensdag 9.30-10.30 uur", "Wijkcentrum Soesterberg",
        new BigDecimal("2.50"), all()));
    Activity football = stated("vv-sec", new ActivityForm(null, "Walking football",
        "Voetbal in wandeltempo voor wie niet meer hard kan of wil lopen; nieuwe spelers zijn elke week welkom.",
        NOORD, null, List.of("everyone", "elderly"), "maandag 19.00-20.00 uur", "Sportpark VV SEC", new BigDecimal("5.00"), all()));
    Activity street = stated("stichting-balans", new ActivityForm(null, "Straatvoetbal in de wijk",
        "Vrij voetballen met de buurtsportcoach jongeren; wie wil, kan doorstromen naar een club.",
        ZUID, null, List.of("youth", "lowIncome"), "woensdag 15.00-17.00 uur", "Trapveld in Soest-Zuid", BigDecimal.ZERO, all()));
    clock.on(LocalDate.of(lastYear, 4, 3));
    for (Activity activity : List.of(walking, exercise, football, street)) {
      agree(steps, activity, true, "Besproken met de aanbieder en het wijkteam; de aanbieder koppelt terug aan de verwijzer.");
    }

    // The yearly look back, up to today: recorded, except the last while it is recent.
    lookBacks(clock, steps, today);

    // This year: Amerpoort's sportmaatjes are not yet agreed (no feedback to the wijkteam yet) ...
    clock.on(today.minusDays(20));
    Activity buddies = stated("amerpoort", new ActivityForm(null, "Sportmaatjes",
        "Een vrijwillige sportmaatje gaat mee naar de sportclub, tot iemand zelf zijn weg vindt.",
        SOESTERBERG, null, List.of("disabilities"), "in overleg", "Bij de sportclub van de deelnemer", BigDecimal.ZERO,
        new Criteria(true, true, true, true, false)));
    clock.on(today.minusDays(16));
    agree(steps, buddies, false, "Nog geen afspraak over terugkoppeling aan het wijkteam; graag aanvullen, dan stemmen we opnieuw af.");
    // ... and Optisport's swimming waits for the coordinator.
    clock.on(today.minusDays(3));
    stated("optisport", new ActivityForm(null, "Zwemmen voor mensen met een beperking",
        "Zwemles en vrij zwemmen in een klein bad met extra begeleiding.", CENTRUM, null, List.of("disabilities"),
        "zaterdag 9.00-10.00 uur", "Zwembad", new BigDecimal("12.50"), all()));

    // The wijkteam's referrals of the last two months, and what the providers said.
    clock.on(today.minusDays(60));
    Referral lonely = refer(walking, ZUID, "huisarts", "Weinig contact met anderen; wil graag naar buiten.");
    clock.on(today.minusDays(55));
    answer("swos", lonely, "started", "Loopt sinds dinsdag mee.");
    clock.on(today.minusDays(40));
    Referral afterFall = refer(exercise, SOESTERBERG, "wijkteam", "Na een val; voorzichtig opbouwen.");
    clock.on(today.minusDays(33));
    answer("elzis", afterFall, "started", "Doet mee; bouwt rustig op.");
    clock.on(today.minusDays(30));
    Referral notCome = refer(walking, CENTRUM, "huisarts", "Zoekt iets in de ochtend.");
    clock.on(today.minusDays(24));
    answer("swos", notCome, "not-started", "Niet gekomen; wij hebben het wijkteam gebeld.");
    clock.on(today.minusDays(25));
    Referral waiting = refer(football, NOORD, "werk-en-inkomen", "Wil weer in beweging komen naast het traject naar werk.");
    clock.on(today.minusDays(10));
    steps.fireDueTimers(waiting.businessKey()); // two weeks without an answer: VV SEC is reminded
    clock.on(today.minusDays(20));
    answer("swos", lonely, "continuing", "Komt elke week, neemt nu een buurvrouw mee.");
    clock.on(today.minusDays(5));
    refer(street, ZUID, "coach", "Jongen van 14 die veel op straat is; de coach kent hem van school.");
    clock.on(today);
  }

  private void wijk(String code, String name) {
    wijken.create(COORDINATOR, new NewWijk(code, name));
  }

  private static Criteria all() {
    return new Criteria(true, true, true, true, true);
  }

  private Activity stated(String provider, ActivityForm form) {
    return activities.register(new Viewer(provider, List.of(Organisation.GROUP_PREFIX + provider)), form);
  }

  private void agree(DemoSteps steps, Activity activity, boolean all, String remarks) {
    steps.complete("coordinator", activity.businessKey(), "agreeCriteria", new Agreement(true, true, true, true, all, remarks));
  }

  private Referral refer(Activity activity, String wijk, String source, String note) {
    return referrals.refer(WIJKTEAM, Map.of("activityId", activity.getId(), "wijk", wijk, "source", source, "note", note));
  }

  private void answer(String provider, Referral referral, String status, String note) {
    referrals.answer(new Viewer(provider, List.of(Organisation.GROUP_PREFIX + provider)), referral.getId(),
        Map.of("status", status, "note", note));
  }

  /**
   * Each wijk's look back on its day since the wijken were entered: recorded by the coordinator three
   * weeks later, except the last when that is within the last six weeks (it waits in the Tasklist).
   */
  private void lookBacks(DemoClock clock, DemoSteps steps, LocalDate today) {
    for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
      LocalDate day = evaluationDay.atYear(year);
      if (day.isAfter(today)) {
        return;
      }
      clock.on(day);
      for (String code : List.of(CENTRUM, ZUID, NOORD, SOESTERBERG)) {
        steps.fireDueTimers("wijk-" + code);
      }
      if (!day.plusWeeks(6).isBefore(today)) {
        return; // this year's look back waits for the coordinator
      }
      clock.on(day.plusWeeks(3));
      for (String code : List.of(CENTRUM, ZUID, NOORD, SOESTERBERG)) {
        steps.complete("coordinator", "wijk-" + code, "evaluateCollaboration", new Evaluation(day.plusWeeks(2), true,
            List.of("swos", "elzis", "vv-sec", "stichting-balans"), "De huisartsen en het wijkteam weten het aanbod te vinden; "
                + "de wandelgroep groeit.", "Aanbieders koppelen niet altijd binnen twee weken terug.",
            "Aanbieders koppelen binnen twee weken terug; elk kwartaal een kort overleg met het wijkteam."));
      }
    }
  }
}
