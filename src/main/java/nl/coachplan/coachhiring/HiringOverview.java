package nl.coachplan.coachhiring;

import static nl.coachplan.engine.Markdown.date;
import static nl.coachplan.engine.Markdown.escape;
import static nl.coachplan.engine.Markdown.number;

import java.math.BigDecimal;
import java.util.List;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Profile;

/** What the aanvoerder needs to see while hiring, as Markdown for the Camunda Forms. */
final class HiringOverview {

  private HiringOverview() {}

  static String markdown(Plan plan, Profile profile, List<Vacancy> vacancies, BigDecimal granted, BigDecimal filled) {
    StringBuilder md = new StringBuilder();
    md.append("**Aanvoerder:** ").append(escape(plan.getAanvoerder().getName()))
        .append(" · **Goedgekeurd:** ").append(number(plan.getApprovedFte())).append(" fte  \n");
    if (profile != null) {
      md.append("**Functie:** ").append(escape(profile.getLocalTitle() == null || profile.getLocalTitle().isBlank()
          ? nl.coachplan.planintake.Codes.profileLabel(profile.getProfileType())
          : profile.getLocalTitle()))
          .append(", ").append(number(profile.getHoursPerWeek())).append(" uur per week  \n");
      if (profile.getTrainingAdvice() != null && !profile.getTrainingAdvice().isBlank()) {
        md.append("**Scholingsadvies:** ").append(escape(profile.getTrainingAdvice())).append("  \n");
      }
    }
    md.append("**Ronde ").append(plan.getRound().getYear()).append(":** ").append(number(filled)).append(" van ")
        .append(number(granted)).append(" fte ingevuld\n\n");
    if (!vacancies.isEmpty()) {
      md.append("| Vacature | Sluit | Route | Uitkomst |\n|---|---|---|---|\n");
      for (Vacancy v : vacancies) {
        md.append("| ").append(v.getAttempt()).append(" | ").append(date(v.getClosingDate())).append(" | ")
            .append(v.isInternalCandidateRoute() ? "eerst intern" : "open").append(" | ")
            .append(outcome(v)).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String outcome(Vacancy v) {
    if (v.getOutcome() == null) {
      return "loopt";
    }
    String label = "selected".equals(v.getOutcome()) ? "kandidaat gevonden" : "geen geschikte kandidaat";
    return v.getRemarks() == null ? label : label + ": " + escape(v.getRemarks());
  }
}
