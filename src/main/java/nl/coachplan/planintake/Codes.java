package nl.coachplan.planintake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.coachplan.validation.InvalidFormDataException.Violation;

/**
 * The fixed option lists of the plan forms (codes in the data, Dutch labels on screen). The forms
 * take them at run time by {@code valuesKey} and hold none themselves; the server refuses any other.
 */
public final class Codes {

  private Codes() {}

  public static final Map<String, String> TARGET_GROUPS = ordered(
      "youth", "Jeugd", "elderly", "Ouderen", "disabilities", "Mensen met een beperking",
      "welfare", "Mensen in de bijstand", "lowIncome", "Gezinnen met een laag inkomen",
      "chronicallyIll", "Mensen met een chronische aandoening", "everyone", "Alle inwoners");

  public static final Map<String, String> SETTINGS = ordered(
      "school", "School", "childcare", "Kinderopvang / BSO", "sportsClub", "Sportvereniging",
      "neighbourhood", "Wijk en buurt", "care", "Zorg en welzijn", "work", "Werk en participatie",
      "culture", "Cultuur");

  /** The setting of Werk en Inkomen's kind of plan: people guided towards work. Only such plans use the participatieladder. */
  public static final String WORK_SETTING = "work";

  /** Whether a plan with these settings works with people towards work, and so reports on the participatieladder. */
  public static boolean usesLadder(List<String> settings) {
    return settings.contains(WORK_SETTING);
  }

  /**
   * The outcomes a plan can intend, tied to the municipality's policy goals (seed 002/003: report on
   * what the plan set out to do, with stories and photos). The codes are stable: the wijk figures of a
   * follow-up build on them, so a label may change, a code may not.
   */
  public static final Map<String, String> OUTCOMES = ordered(
      "participation", "Meedoen", "exercise", "Meer bewegen en sporten", "health", "Gezondheid",
      "selfReliance", "Zelfredzaamheid", "socialNetwork", "Sociaal netwerk", "work", "Werk");

  /** The six BRC profiles since 2023. A local title (beweegmakelaar) sits on one of them. */
  public static final Map<String, String> PROFILE_TYPES = ordered(
      "buurtsportcoach", "Buurtsportcoach", "cultuurcoach", "Cultuurcoach",
      "combinatiefunctionaris-onderwijs", "Combinatiefunctionaris onderwijs", "clubkadercoach", "Clubkadercoach",
      "beweegcoach", "Beweegcoach", "coordinator-sport-preventie", "Coördinator sport en preventie");

  /** A profile's label; plans drafted before the six knew "lokaal" as a profile of its own. */
  public static String profileLabel(String code) {
    return "lokaal".equals(code) ? "Lokale functie (eigen titel)" : PROFILE_TYPES.getOrDefault(code, code);
  }

  public static final Map<String, String> CONTRIBUTION_KINDS = ordered(
      "money", "Geld", "hours", "Uren", "location", "Locatie", "expertise", "Expertise", "support", "Ondersteuning");

  public static final Map<String, String> COMPETENCIES = ordered(
      "sportTechnical", "Sporttechnische vaardigheden", "vulnerableGroups", "Werken met kwetsbare doelgroepen",
      "motivationalInterviewing", "Motiverende gespreksvoering", "networking", "Netwerken en samenwerken in de wijk",
      "healthyLifestyle", "Leefstijl en gezondheid", "policy", "Kennis van lokaal beleid",
      "education", "Didactiek en onderwijs", "culture", "Cultuureducatie", "clubSupport", "Verenigingsondersteuning");

  public static String labels(Map<String, String> codes, List<String> values) {
    return values.stream().map(v -> codes.getOrDefault(v, v)).collect(Collectors.joining(", "));
  }

  public static String allowed(Map<String, String> codes) {
    return String.join(", ", codes.keySet());
  }

  /** Each value not in the list, once, as a refusal at {@code field} naming the codes to choose from ("Onbekende doelgroep 'x'"). */
  public static List<Violation> unknown(String field, String noun, Map<String, String> codes, List<String> values) {
    return values.stream().filter(v -> !codes.containsKey(v)).distinct()
        .map(v -> new Violation(field, "Onbekende " + noun + " '" + v + "'. Kies uit: " + allowed(codes) + ".")).toList();
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  static String join(List<String> values) {
    return String.join(",", values);
  }
}
