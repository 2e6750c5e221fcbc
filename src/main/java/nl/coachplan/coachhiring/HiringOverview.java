package nl.coachplan.coachhiring;

import static nl.coachplan.engine.Markdown.date;
import static nl.coachplan.engine.Markdown.escape;
import static nl.coachplan.engine.Markdown.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;
import nl.coachplan.planintake.Profile;

/** What the aanvoerder needs to see while hiring, as Markdown for the Camunda Forms. */
final class HiringOverview {

  private HiringOverview() {}

  static String markdown(Post post, int postsOfPlan, Profile profile, List<Vacancy> vacancies, BigDecimal granted, BigDecimal filled) {
    Plan plan = post.getPlan();
    StringBuilder md = new StringBuilder();
    md.append("**Aanvoerder:** ").append(escape(plan.getAanvoerder().getName()))
        .append(" · **Goedgekeurd:** ").append(number(plan.getApprovedFte())).append(" fte  \n");
    if (postsOfPlan > 1) {
      md.append("**Post ").append(post.getNumber()).append(" van ").append(postsOfPlan).append(":** ")
          .append(post.getTitle() == null ? "" : escape(post.getTitle()) + ", ")
          .append(number(post.getFte().setScale(2, RoundingMode.HALF_UP))).append(" fte; de andere posts worden apart geworven  \n");
    }
    if (profile != null) {
      md.append("**Functie:** ").append(escape(profile.getLocalTitle() == null || profile.getLocalTitle().isBlank()
          ? nl.coachplan.planintake.Codes.profileLabel(profile.getProfileType())
          : profile.getLocalTitle()))
          .append(", ").append(number(post.getHoursPerWeek())).append(" uur per week (volle werkweek ")
          .append(number(post.getFullTimeHours())).append(" uur)  \n");
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
