package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;

/**
 * The checks a speler's contribution row gets wherever one is added: in a plan, and at a renewal.
 * The wording differs by place (a plan's "Bijdrage 1", a renewal's "Nieuwe bijdrage 1"), the rules do not.
 */
public final class ContributionRows {

  /** One row as a form gives it. */
  public record Row(String organization, String kind, BigDecimal amountEuro, Integer hoursPerYear, String description) {}

  /** Where the rows stand and how a refusal names them. */
  public record Place(String field, String rowLabel, String aanvoerderMessage, String duplicateMessage) {}

  private ContributionRows() {}

  /**
   * Checks the rows against the registered organisations and the plan's aanvoerder; {@code seen}
   * holds "slug|kind" of the contributions already there. Returns the spelers by slug.
   */
  public static Map<String, Organisation> check(List<Row> rows, Place place, Organisation aanvoerder, Set<String> seen,
      Organisations organisations, List<Violation> violations) {
    Map<String, Organisation> spelers = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String field = place.field() + "[" + (i + 1) + "]";
      String nr = place.rowLabel() + " " + (i + 1) + ": ";
      Organisation speler;
      try {
        speler = organisations.require(field + ".organization", row.organization());
      } catch (InvalidFormDataException e) {
        violations.add(new Violation(field + ".organization", nr + e.getMessage()));
        continue;
      }
      spelers.put(speler.getSlug(), speler);
      if (speler.getId().equals(aanvoerder.getId())) {
        violations.add(new Violation(field + ".organization", nr + place.aanvoerderMessage()));
      }
      if (!Codes.CONTRIBUTION_KINDS.containsKey(row.kind())) {
        violations.add(new Violation(field + ".kind", nr + "onbekende soort '" + row.kind() + "'. Kies uit: "
            + Codes.allowed(Codes.CONTRIBUTION_KINDS) + "."));
        continue;
      }
      if (!seen.add(speler.getSlug() + "|" + row.kind())) {
        violations.add(new Violation(field, nr + speler.getName() + " " + place.duplicateMessage()));
      }
      switch (row.kind()) {
        case "money" -> {
          if (row.amountEuro() == null || row.amountEuro().signum() <= 0) {
            violations.add(new Violation(field + ".amountEuro", nr + "vul het bedrag per jaar in."));
          }
        }
        case "hours" -> {
          if (row.hoursPerYear() == null || row.hoursPerYear() <= 0) {
            violations.add(new Violation(field + ".hoursPerYear", nr + "vul het aantal uren per jaar in."));
          }
        }
        default -> {
          if (row.description() == null || row.description().isBlank()) {
            violations.add(new Violation(field + ".description", nr + "beschrijf wat de speler inbrengt."));
          }
        }
      }
    }
    return spelers;
  }
}
