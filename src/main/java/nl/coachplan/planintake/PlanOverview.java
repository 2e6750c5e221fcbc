package nl.coachplan.planintake;

import static nl.coachplan.engine.Markdown.date;
import static nl.coachplan.engine.Markdown.escape;
import static nl.coachplan.engine.Markdown.euro;
import static nl.coachplan.engine.Markdown.number;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.funding.Financing;

/** The plan as people read it on task forms: Markdown texts and table rows, all stored text escaped. */
public final class PlanOverview {

  private PlanOverview() {}

  static String plan(Plan plan) {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(plan.getReference()).append(" · ").append(escape(plan.getTitle())).append("\n\n");
    md.append("**Aanvoerder:** ").append(escape(plan.getAanvoerder().getName()))
        .append(" · **Ronde:** ").append(plan.getRound().getYear())
        .append(" · **Fase:** ").append(plan.getStage().label()).append("\n\n");
    md.append("**Doelen:** ").append(escape(plan.getGoals())).append("\n\n");
    md.append("**Doelgroepen:** ").append(Codes.labels(Codes.TARGET_GROUPS, plan.getTargetGroups())).append("  \n");
    md.append("**Settings:** ").append(Codes.labels(Codes.SETTINGS, plan.getSettings())).append("  \n");
    md.append("**Functieprofiel:** ").append(Codes.profileLabel(plan.getProfileType())).append("  \n");
    md.append("**Gevraagde fte:** ").append(number(plan.getRequestedFte()));
    if (plan.getApprovedFte() != null) {
      md.append(" · **Goedgekeurde fte:** ").append(number(plan.getApprovedFte()));
    }
    md.append("  \n**Bijdrage aanvoerder:** ").append(euro(plan.getAanvoerderContributionEuro())).append(" per jaar\n");
    return md.toString();
  }

  static List<Map<String, Object>> contributionRows(Plan plan) {
    return plan.getContributions().stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("organization", c.getOrganisation().getName());
      row.put("kindLabel", Codes.CONTRIBUTION_KINDS.getOrDefault(c.getKind(), c.getKind())
          + (c.getDescription() == null ? "" : ": " + c.getDescription()));
      BigDecimal amount = c.getStatus() == ContributionStatus.CONFIRMED ? c.getConfirmedAmountEuro() : c.getAmountEuro();
      Integer hours = c.getStatus() == ContributionStatus.CONFIRMED ? c.getConfirmedHoursPerYear() : c.getHoursPerYear();
      row.put("amountEuro", amount == null ? "" : euro(amount));
      row.put("hoursPerYear", hours == null ? "" : hours.toString());
      row.put("statusLabel", c.getStatus().label() + (c.getRemark() == null ? "" : " – " + c.getRemark()));
      return row;
    }).toList();
  }

  static String contribution(Contribution c) {
    StringBuilder md = new StringBuilder();
    md.append("**Plan:** ").append(c.getPlan().getReference()).append(" · ").append(escape(c.getPlan().getTitle())).append("  \n");
    md.append("**Aanvoerder:** ").append(escape(c.getPlan().getAanvoerder().getName())).append("  \n");
    md.append("**Speler:** ").append(escape(c.getOrganisation().getName())).append("  \n");
    md.append("**Toegezegde bijdrage:** ").append(Codes.CONTRIBUTION_KINDS.getOrDefault(c.getKind(), c.getKind()));
    if (c.getAmountEuro() != null) {
      md.append(", ").append(euro(c.getAmountEuro())).append(" per jaar");
    }
    if (c.getHoursPerYear() != null) {
      md.append(", ").append(c.getHoursPerYear()).append(" uur per jaar");
    }
    if (c.getDescription() != null) {
      md.append(" – ").append(escape(c.getDescription()));
    }
    md.append("  \n**Status:** ").append(c.getStatus().label());
    if (c.getFollowedUpAt() != null) {
      md.append("  \n**Nagebeld:** ").append(date(c.getFollowedUpAt())).append(" – ").append(escape(c.getFollowUpNote()));
    }
    return md.append('\n').toString();
  }

  /** The latest remarks and tips per kind of review, newest first. */
  static String remarks(List<ReviewRecord> records) {
    StringBuilder md = new StringBuilder();
    for (int i = records.size() - 1; i >= 0; i--) {
      ReviewRecord r = records.get(i);
      if (r.getRemarks() == null && r.getTips() == null && r.getPolicyGoals() == null) {
        continue;
      }
      md.append("**").append(r.getKind().label()).append(" (").append(date(r.getRecordedAt())).append(")**  \n");
      if (r.getRemarks() != null) {
        md.append("Opmerkingen: ").append(escape(r.getRemarks())).append("  \n");
      }
      if (r.getPolicyGoals() != null) {
        md.append("Beleidsdoelen: ").append(escape(r.getPolicyGoals())).append("  \n");
      }
      if (r.getTips() != null) {
        md.append("Tips: ").append(escape(r.getTips())).append("  \n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  static String profile(Profile p, List<Post> posts) {
    StringBuilder md = new StringBuilder();
    md.append("**Functieprofiel:** ").append(Codes.profileLabel(p.getProfileType()));
    if (p.getLocalTitle() != null) {
      md.append(" (").append(escape(p.getLocalTitle())).append(')');
    }
    md.append("  \n").append(posts(posts));
    md.append("**Taken:** ").append(escape(p.getTasks())).append("  \n");
    md.append("**Competenties:** ").append(p.getCompetencies().isEmpty() ? "geen opgegeven"
        : Codes.labels(Codes.COMPETENCIES, p.getCompetencies())).append('\n');
    return md.toString();
  }

  /** "Uren per week: 36 (1 fte)", or for several posts each post's hours and their fte together. */
  public static String posts(List<Post> posts) {
    if (posts.isEmpty()) {
      return "";
    }
    BigDecimal fullTime = posts.get(0).getFullTimeHours();
    if (posts.size() == 1) {
      return "**Uren per week:** " + number(posts.get(0).getHoursPerWeek()) + " (" + fte(posts.get(0).getFte())
          + " fte bij een volle werkweek van " + number(fullTime) + " uur)  \n";
    }
    BigDecimal total = posts.stream().map(Post::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
    StringBuilder md = new StringBuilder("**Posts:** ").append(posts.size()).append(", samen ").append(fte(total))
        .append(" fte bij een volle werkweek van ").append(number(fullTime)).append(" uur  \n");
    for (Post post : posts) {
      md.append(escape(post.label())).append(": ").append(number(post.getHoursPerWeek())).append(" uur per week (")
          .append(fte(post.getFte())).append(" fte)  \n");
    }
    return md.toString();
  }

  private static String fte(BigDecimal fte) {
    return number(fte.setScale(2, java.math.RoundingMode.HALF_UP));
  }

  public static String financing(Financing f, BigDecimal rijkPerFte, int minimumPercent, boolean inKindCounts, boolean budgetDrafted) {
    StringBuilder md = new StringBuilder();
    if (budgetDrafted) {
      md.append("| Post | Bedrag per jaar |\n|---|---:|\n");
      md.append("| Totale kosten (").append(number(f.fte())).append(" fte) | ").append(euro(f.totalCostEuro())).append(" |\n");
    } else {
      md.append("Nog geen begroting. De financiering die nu vaststaat voor ").append(number(f.fte())).append(" fte:\n\n");
      md.append("| Post | Bedrag per jaar |\n|---|---:|\n");
    }
    // Without a budget there is no cost to cap the Rijk's share at: show what the Rijk pays for this fte.
    BigDecimal rijk = budgetDrafted ? f.rijkEuro() : rijkPerFte.multiply(f.fte()).setScale(2, java.math.RoundingMode.HALF_UP);
    md.append("| Rijksbijdrage | ").append(euro(rijk)).append(" |\n");
    md.append("| Aanvoerder | ").append(euro(f.aanvoerderEuro())).append(" |\n");
    md.append("| Spelers (bevestigd geld) | ").append(euro(f.spelersEuro())).append(" |\n");
    md.append("| Gemeente | ").append(euro(f.gemeenteEuro())).append(" |\n");
    md.append("| Inbreng in natura").append(inKindCounts ? " (telt mee)" : " (telt niet mee)").append(" | ")
        .append(euro(f.inKindEuro())).append(", ").append(f.inKindHoursPerYear()).append(" uur |\n");
    md.append("| **Lokale cofinanciering** | **").append(euro(f.localEuro())).append("** |\n\n");
    if (budgetDrafted) {
      md.append("Lokaal aandeel: ").append(number(f.localSharePercent())).append("% (minimaal ").append(minimumPercent).append("%).\n\n");
      md.append(f.sound() ? "✅ De begroting voldoet aan de financieringsregels.\n"
          : "⚠️ De begroting voldoet niet: " + String.join(" ", f.problems()) + "\n");
    } else {
      md.append("De lokale cofinanciering moet minstens ").append(minimumPercent).append("% van de totale kosten zijn.\n");
    }
    return md.toString();
  }
}
