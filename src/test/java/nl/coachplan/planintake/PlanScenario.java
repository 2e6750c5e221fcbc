package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.FormValues;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.Submission;

/** Plan form data as the Tasklist submits it, for tests: built from the form's records, so no field is named here. */
public final class PlanScenario {

  private PlanScenario() {}

  /** A speler's row; a map, so that a test can send it as it likes (the plan below reads it back into its record). */
  public static Map<String, Object> contribution(String org, String kind, Integer amount, Integer hours, String description) {
    return new HashMap<>(FormValues.of(new ContributionRow(org, kind, amount == null ? null : BigDecimal.valueOf(amount), hours,
        description)));
  }

  /** Werk &amp; Inkomen's plan: 1 fte, € 26,000 of its own, money from two spelers and hours from SWOS. */
  public static Map<String, Object> plan(int year, List<Map<String, Object>> contributions) {
    return new HashMap<>(FormValues.of(new Submission(year, "Buurtsportcoach speciale doelgroepen", "werk-en-inkomen",
        "Kwetsbare inwoners laten bewegen en participeren.", List.of("welfare", "disabilities"), List.of("work", "neighbourhood"),
        BigDecimal.ONE, "buurtsportcoach", BigDecimal.valueOf(26000),
        contributions.stream().map(row -> FormValues.shown(row, ContributionRow.class)).toList(), null)));
  }

  /** Another aanvoerder's plan: the values that differ from Werk &amp; Inkomen's, to lay over {@link #plan}. */
  public static Map<String, Object> planOf(String aanvoerder, String title, double requestedFte, int aanvoerderEuro) {
    return FormValues.of(new Submission(null, title, aanvoerder, null, null, null, BigDecimal.valueOf(requestedFte), null,
        BigDecimal.valueOf(aanvoerderEuro), null, null));
  }

  public static List<Map<String, Object>> soestContributions() {
    return List.of(contribution("zippies-bso", "money", 2500, null, null),
        contribution("mee", "money", 3500, null, "Bijdrage cliëntondersteuning"),
        contribution("swos", "hours", null, 200, "Ouderenwerkers bij activiteiten"));
  }
}
