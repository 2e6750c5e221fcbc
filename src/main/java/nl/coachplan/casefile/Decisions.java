package nl.coachplan.casefile;

import java.util.Map;

/** The decisions of the forms (codes in the data and the engine) as Dutch words on screen. */
public final class Decisions {

  private Decisions() {}

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("complete", "Compleet"),
      Map.entry("incomplete", "Niet compleet"),
      Map.entry("approve", "Goedgekeurd"),
      Map.entry("revise", "Terug voor aanpassing"),
      Map.entry("reject", "Afgewezen"),
      Map.entry("withdrawn", "Ingetrokken"),
      Map.entry("renew", "Verlengen"),
      Map.entry("continue", "Fte en rijksbijdrage voortzetten"),
      Map.entry("stop", "Rijksbijdrage stoppen"),
      Map.entry("structural", "Structureel financieren"),
      Map.entry("end", "Beëindigen"),
      Map.entry("selected", "Kandidaat gevonden"),
      Map.entry("noSuitableCandidate", "Geen geschikte kandidaat"),
      Map.entry("close", "Oproep sluiten"),
      Map.entry("extend", "Oproep verlengen"));

  /** The Dutch word for a decision; an unknown code as it is, null as null. */
  public static String label(String code) {
    return code == null ? null : LABELS.getOrDefault(code, code);
  }
}
