package nl.coachplan.activitylisting;

import java.util.stream.Collectors;
import nl.coachplan.engine.LiveCopy;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.planintake.Codes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activity on the coordinator's form, as it is now: the provider may change it while the task is open. */
@Component
class ActivitySummary implements LiveCopy {

  static final String NAME = ProcessVariables.ACTIVITY_SUMMARY;

  private final ActivityRepository activities;

  ActivitySummary(ActivityRepository activities) {
    this.activities = activities;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public String current(String businessKey) {
    if (businessKey == null || !businessKey.startsWith("A-")) {
      return null;
    }
    return activities.findById(Long.parseLong(businessKey.substring(2))).map(ActivitySummary::markdown).orElse(null);
  }

  static String markdown(Activity a) {
    StringBuilder text = new StringBuilder();
    text.append("**").append(Markdown.escape(a.getTitle())).append("** van ").append(Markdown.escape(a.getProvider().getName()))
        .append("\n\n");
    if (a.getDescription() != null) {
      text.append(Markdown.escape(a.getDescription())).append("\n\n");
    }
    text.append("- Wijken: ").append(Markdown.escape(a.getWijken().stream().map(Wijk::label).collect(Collectors.joining(", "))))
        .append("\n- Doelgroepen: ").append(Markdown.escape(Codes.labels(Codes.TARGET_GROUPS, a.getTargetGroups())))
        .append("\n- Wanneer: ").append(Markdown.escape(a.getSchedule()))
        .append("\n- Plaats: ").append(Markdown.escape(a.getPlace()))
        .append("\n- Kosten van deelname: ").append(Markdown.euro(a.getCostPerMonthEuro())).append(" per maand\n\n")
        .append("Wat de aanbieder aangeeft:\n\n")
        .append(claim("a. Staat open voor kwetsbare groepen", a.isOpenToVulnerableGroups()))
        .append(claim("b. Kan een nieuwe groep starten of nieuwe deelnemers goed opnemen", a.isWelcomesNewParticipants()))
        .append(claim("c. Begeleidt de doelgroep veilig, sociaal en lichamelijk", a.isSafeGuidance()))
        .append(claim("d. Garandeert kwaliteit en continuïteit", a.isQualityAndContinuity()))
        .append(claim("e. Geeft terugkoppeling aan het wijkteam en andere hulpverleners", a.isGivesFeedback()));
    return text.toString();
  }

  private static String claim(String criterion, boolean stated) {
    return "- " + criterion + ": **" + (stated ? "ja" : "nee") + "**\n";
  }
}
