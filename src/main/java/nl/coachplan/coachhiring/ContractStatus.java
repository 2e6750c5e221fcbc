package nl.coachplan.coachhiring;

/** Where a contract year stands. Active and structural contracts fill the round's fte. */
public enum ContractStatus {
  ACTIVE("Lopend"),
  RENEWED("Verlengd"),
  STRUCTURAL("Structureel"),
  ENDED("Beëindigd");

  private final String label;

  ContractStatus(String label) { this.label = label; }

  public String label() { return label; }

  public boolean fillsFte() { return this == ACTIVE || this == STRUCTURAL; }
}
