package nl.coachplan.fundinground;

import java.util.Locale;
import nl.coachplan.engine.Markdown;

/** The round as the coordinator reads it on a task form (Markdown). */
final class RoundSummary {


  private RoundSummary() {}

  static String markdown(FundingRound round, long planCount) {
    StringBuilder md = new StringBuilder();
    md.append("**Ronde ").append(round.getYear()).append("**\n\n");
    md.append("- Toegekende fte: ").append(round.getGrantedFte().stripTrailingZeros().toPlainString().replace('.', ',')).append('\n');
    md.append("- Rijksbijdrage per fte: € ").append(round.getRijksbijdragePerFte().toPlainString()).append('\n');
    md.append("- Minimaal lokaal aandeel: ").append(round.getLocalShareMinimumPercent()).append("%\n");
    md.append("- Sluitingsdatum oproep: ").append(Markdown.date(round.getCallDeadline())).append('\n');
    md.append("- Oproep: ").append(round.getCallStatus().label().toLowerCase(Locale.ROOT)).append('\n');
    md.append("- Ingediende plannen: ").append(planCount).append('\n');
    if (round.getMeetingDate() != null) {
      md.append("- Bijeenkomst: ").append(Markdown.date(round.getMeetingDate()));
      if (round.getMeetingLocation() != null) {
        md.append(", ").append(Markdown.escape(round.getMeetingLocation()));
      }
      md.append('\n');
    }
    return md.toString();
  }
}
