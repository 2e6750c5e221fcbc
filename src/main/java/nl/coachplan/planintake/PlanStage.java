package nl.coachplan.planintake;

/** Where a plan stands on its road to structural funding, as managers see it. */
public enum PlanStage {
  SUBMITTED("Ingediend"),
  CONFIRMING("Bijdragen bevestigen"),
  SCREENING("Screening"),
  REVISING("Aanpassen"),
  IN_REVIEW("Gezamenlijke bespreking"),
  DRAFTING("Profiel en begroting"),
  BUDGET_REVIEW("Beoordeling begroting"),
  HIRING("Werving"),
  ACTIVE("Actief"),
  STRUCTURAL("Structureel gefinancierd"),
  REJECTED("Afgewezen"),
  WITHDRAWN("Ingetrokken"),
  ENDED("Beëindigd");

  private final String label;

  PlanStage(String label) { this.label = label; }

  public String label() { return label; }

  /** Stages in which a plan no longer holds fte of its round. */
  public boolean releasesFte() {
    return this == REJECTED || this == WITHDRAWN || this == ENDED;
  }

  /** A plan may be withdrawn or revised until it is approved. */
  public boolean isBeforeApproval() {
    return ordinal() < HIRING.ordinal();
  }
}
