package nl.coachplan.coachhiring;

/** Where a contract year stands. The fte it holds: see {@link StandingAllocation}. */
public enum ContractStatus {
  ACTIVE("Lopend"),
  RENEWED("Verlengd"),
  STRUCTURAL("Structureel"),
  ENDED("Beëindigd");

  private final String label;

  ContractStatus(String label) { this.label = label; }

  public String label() { return label; }

}
