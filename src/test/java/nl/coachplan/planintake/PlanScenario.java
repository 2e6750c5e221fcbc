package nl.coachplan.planintake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.ProcessValues;

/** Plan form data as the Tasklist submits it, for tests. */
public final class PlanScenario {

  private PlanScenario() {}

  public static Map<String, Object> contribution(String org, String kind, Integer amount, Integer hours, String description) {
    Map<String, Object> row = new HashMap<>();
    row.put("organization", org);
    row.put("kind", kind);
    row.put("amountEuro", amount);
    row.put("hoursPerYear", hours);
    row.put("description", description);
    return row;
  }

  /** Werk &amp; Inkomen's plan: 1 fte, € 26,000 of its own, money from two spelers and hours from SWOS. */
  public static Map<String, Object> plan(int year, List<Map<String, Object>> contributions) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("roundYear", year);
    vars.put("title", "Buurtsportcoach speciale doelgroepen");
    vars.put("aanvoerder", "werk-en-inkomen");
    vars.put("goals", "Kwetsbare inwoners laten bewegen en participeren.");
    vars.put("targetGroups", ProcessValues.json(List.of("welfare", "disabilities")));
    vars.put("settings", ProcessValues.json(List.of("work", "neighbourhood")));
    vars.put("requestedFte", 1.0);
    vars.put("profileType", "buurtsportcoach");
    vars.put("aanvoerderContributionEuro", 26000);
    vars.put("contributions", ProcessValues.json(contributions));
    return vars;
  }

  public static List<Map<String, Object>> soestContributions() {
    return List.of(contribution("zippies-bso", "money", 2500, null, null),
        contribution("mee", "money", 3500, null, "Bijdrage cliëntondersteuning"),
        contribution("swos", "hours", null, 200, "Ouderenwerkers bij activiteiten"));
  }
}
