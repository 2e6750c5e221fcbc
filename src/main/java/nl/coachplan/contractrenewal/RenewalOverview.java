package nl.coachplan.contractrenewal;

import static nl.coachplan.engine.Markdown.date;
import static nl.coachplan.engine.Markdown.escape;
import static nl.coachplan.engine.Markdown.euro;
import static nl.coachplan.engine.Markdown.number;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.Contribution;

/** What the people of the contract cycle need to see, as Markdown and table rows for the Camunda Forms. */
final class RenewalOverview {

  private RenewalOverview() {}

  static final String[] RUNGS = {"Geïsoleerd", "Sociale contacten buiten de deur", "Deelname aan georganiseerde activiteiten",
      "Onbetaald werk", "Betaald werk met ondersteuning", "Betaald werk"};

  static String decisionLabel(String decision) {
    return switch (decision == null ? "" : decision) {
      case "renew" -> "Verlengen";
      case "continue" -> "Fte en rijksbijdrage voortzetten";
      case "stop" -> "Rijksbijdrage stoppen";
      case "structural" -> "Structureel financieren";
      case "end" -> "Beëindigen";
      default -> "Geen";
    };
  }

  static String contract(Contract c) {
    return "**Plan:** " + c.getPlan().getReference() + " · " + escape(c.getPlan().getTitle()) + "  \n"
        + "**Aanvoerder:** " + escape(c.getPlan().getAanvoerder().getName()) + "  \n"
        + "**Coach:** " + escape(c.getCoach().getName()) + (c.getCoach().isTrainee() ? " (trainee, leerwerktraject)" : "") + "  \n"
        + "**Contractjaar " + c.getContractYear() + ":** " + date(c.getStartDate()) + " – " + date(c.getEndDate())
        + ", " + number(c.getHoursPerWeek()) + " uur per week (" + number(c.getFte().setScale(2, java.math.RoundingMode.HALF_UP)) + " fte)\n";
  }

  static String report(YearReport r) {
    StringBuilder md = new StringBuilder();
    md.append("**Bereikte deelnemers:** ").append(r.getParticipantsReached()).append("  \n");
    md.append("**Besteed:** ").append(euro(r.getSpentEuro())).append("  \n");
    md.append("**Wens structurele financiering:** ").append(r.isWantsStructural() ? "ja" : "nee").append("  \n");
    List<String> steps = r.getEmbeddingSteps();
    md.append("**Stappen naar borging:** ").append(steps.isEmpty() ? "geen"
        : String.join(", ", steps.stream().map(s -> EmbeddingSteps.LABELS.getOrDefault(s, s)).toList())).append("  \n");
    if (r.getHighlights() != null) {
      md.append("**Hoogtepunten:** ").append(escape(r.getHighlights())).append("  \n");
    }
    for (ReportedOutcome o : r.getOutcomes()) {
      md.append("**").append(escape(o.label())).append(":** ");
      if (o.getResultNumber() != null) {
        md.append(number(o.getResultNumber())).append(o.getResultText() == null ? "" : " – ");
      }
      md.append(o.getResultText() == null ? "" : escape(o.getResultText()))
          .append(o.getMeasure() == null ? "" : " (gemeten met: " + escape(o.getMeasure()) + ")").append("  \n");
    }
    if (r.getStories() != null) {
      md.append("**Verhalen:** ").append(escape(r.getStories())).append("  \n");
    }
    if (!r.getPhotos().isEmpty()) {
      md.append("**Foto's:** ").append(String.join(", ", r.getPhotos().stream()
          .map(p -> escape(p.getCaption() == null ? "foto" : p.getCaption()) + " (" + escape(p.getUrl()) + ")").toList())).append("\n");
    }
    return md.toString();
  }

  /** The participatieladder at start and end of the year, drawn with bars. */
  static String ladder(YearReport r) {
    int[] start = r.ladderStart();
    int[] end = r.ladderEnd();
    int max = 1;
    for (int i = 0; i < 6; i++) {
      max = Math.max(max, Math.max(start[i], end[i]));
    }
    StringBuilder md = new StringBuilder("| Trede | Begin | | Eind | |\n|---|---:|---|---:|---|\n");
    for (int i = 5; i >= 0; i--) {
      md.append("| ").append(i + 1).append(". ").append(RUNGS[i]).append(" | ").append(start[i]).append(" | ")
          .append(bar(start[i], max, '░')).append(" | ").append(end[i]).append(" | ").append(bar(end[i], max, '█')).append(" |\n");
    }
    double rise = r.ladderRise();
    md.append("\nGemiddeld ").append(rise >= 0 ? "gestegen" : "gedaald").append(" met ")
        .append(number(BigDecimal.valueOf(Math.abs(rise)).setScale(2, java.math.RoundingMode.HALF_UP))).append(" trede.\n");
    return md.toString();
  }

  private static String bar(int count, int max, char block) {
    int width = (int) Math.round(20.0 * count / max);
    return String.valueOf(block).repeat(Math.max(width, count > 0 ? 1 : 0));
  }

  static List<Map<String, Object>> reconfirmationRows(List<Contribution> running, List<Reconfirmation> answers) {
    return reconfirmationRows(running, List.of(), answers);
  }

  /** The running contributions and those joining at this renewal (marked new), with each speler's answer. */
  static List<Map<String, Object>> reconfirmationRows(List<Contribution> running, List<Contribution> joining,
      List<Reconfirmation> answers) {
    return java.util.stream.Stream.concat(running.stream(), joining.stream()).map(c -> {
      boolean isNew = joining.contains(c);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("organization", c.getOrganisation().getName());
      row.put("thisYear", isNew ? "Nieuw: " + pledge(c.getKind(), c.getAmountEuro(), c.getHoursPerYear())
          : pledge(c.getKind(), c.getConfirmedAmountEuro(), c.getConfirmedHoursPerYear()));
      Reconfirmation answer = answers.stream().filter(a -> a.getContribution().getId().equals(c.getId())).findFirst().orElse(null);
      if (answer == null) {
        row.put("nextYear", "");
        row.put("statusLabel", "Nog geen antwoord");
      } else if (answer.isContinues()) {
        row.put("nextYear", pledge(c.getKind(), answer.getAmountEuro(), answer.getHoursPerYear()));
        row.put("statusLabel", "Gaat door" + (answer.getRemark() == null ? "" : " – " + answer.getRemark()));
      } else {
        row.put("nextYear", "–");
        row.put("statusLabel", "Stopt" + (answer.getRemark() == null ? "" : " – " + answer.getRemark()));
      }
      return row;
    }).toList();
  }

  static String contribution(Contribution c) {
    return "**Plan:** " + c.getPlan().getReference() + " · " + escape(c.getPlan().getTitle()) + "  \n"
        + "**Speler:** " + escape(c.getOrganisation().getName()) + "  \n"
        + "**Bijdrage dit jaar:** " + pledge(c.getKind(), c.getConfirmedAmountEuro(), c.getConfirmedHoursPerYear())
        + (c.getDescription() == null ? "" : " (" + escape(c.getDescription()) + ")") + "\n";
  }

  /** A speler the aanvoerder added at renewal: what it is asked to pledge from next contract year. */
  static String joining(Contribution c) {
    return "**Plan:** " + c.getPlan().getReference() + " · " + escape(c.getPlan().getTitle()) + "  \n"
        + "**Speler:** " + escape(c.getOrganisation().getName()) + "  \n"
        + "**Nieuwe bijdrage:** de aanvoerder (" + escape(c.getPlan().getAanvoerder().getName())
        + ") vraagt uw organisatie vanaf het volgende contractjaar mee te doen met "
        + pledge(c.getKind(), c.getAmountEuro(), c.getHoursPerYear())
        + (c.getDescription() == null ? "" : " (" + escape(c.getDescription()) + ")") + ".\n";
  }

  /** The aanvoerder's intention for next year and, if held, the joint conversation. */
  static String intentionAndConversation(Renewal r) {
    StringBuilder md = new StringBuilder("### Voornemen aanvoerder\n\n");
    if (r.continues()) {
      md.append("De aanvoerder wil het contract voortzetten: ").append(number(r.getNextHoursPerWeek())).append(" uur per week (")
          .append(number(r.getNextFte().setScale(2, java.math.RoundingMode.HALF_UP))).append(" fte), loonkosten ")
          .append(euro(r.getNextAnnualCostPerFte())).append(" per fte, overige kosten ").append(euro(r.getNextOtherCostsEuro()))
          .append(".");
    } else {
      md.append("De aanvoerder stopt met het contract.");
    }
    if (r.getIntentionRemarks() != null) {
      md.append("  \n**Toelichting:** ").append(escape(r.getIntentionRemarks()));
    }
    md.append("\n");
    if (r.hadConversation()) {
      md.append("\n### Gezamenlijk gesprek\n\n**Datum:** ").append(date(r.getConversationDate())).append("  \n")
          .append("**Aanwezig:** ").append(escape(String.join(", ", attendeeNames(r)))).append("  \n")
          .append("**Afgesproken oplossing:** ").append(escape(r.getAgreedSolution())).append("\n");
    }
    return md.toString();
  }

  /** The organisations at the conversation by name, as the plan knows them (its aanvoerder and spelers). */
  private static List<String> attendeeNames(Renewal r) {
    var plan = r.getContract().getPlan();
    Map<String, String> names = new LinkedHashMap<>();
    names.put(plan.getAanvoerder().getSlug(), plan.getAanvoerder().getName());
    plan.getContributions().forEach(c -> names.put(c.getOrganisation().getSlug(), c.getOrganisation().getName()));
    return r.getConversationAttendees().stream().map(slug -> names.getOrDefault(slug, slug)).toList();
  }

  private static String pledge(String kind, BigDecimal amount, Integer hours) {
    StringBuilder text = new StringBuilder(Codes.CONTRIBUTION_KINDS.getOrDefault(kind, kind));
    if (amount != null) {
      text.append(", ").append(euro(amount));
    }
    if (hours != null) {
      text.append(", ").append(hours).append(" uur");
    }
    return text.toString();
  }

  static String advice(Contract c) {
    if (c.getAdvice() == null) {
      return "Geen advies.";
    }
    return "**" + decisionLabel(c.getAdvice()) + ".** " + escape(c.getAdviceReason());
  }

  static String evaluation(Contract c) {
    return "**Besluit gemeente:** " + decisionLabel(c.getDecision())
        + (c.getDecisionRemarks() == null ? "" : "  \n**Toelichting:** " + escape(c.getDecisionRemarks())) + "\n";
  }
}
