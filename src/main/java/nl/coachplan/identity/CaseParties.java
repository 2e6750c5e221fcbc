package nl.coachplan.identity;

import java.util.Set;

/**
 * Who a case belongs to, as its case file says: the aanvoerder's organisation and the organisations
 * of its spelers. The access policy decides from this, never from a process variable.
 */
public record CaseParties(String aanvoerder, Set<String> spelers) {

  public CaseParties {
    spelers = Set.copyOf(spelers);
  }
}
