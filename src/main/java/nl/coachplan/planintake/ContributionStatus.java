package nl.coachplan.planintake;

public enum ContributionStatus {
  PENDING("Wacht op bevestiging"),
  CONFIRMED("Bevestigd"),
  DECLINED("Niet bevestigd"),
  /** Confirmed once, but not continued at a yearly reconfirmation. */
  STOPPED("Gestopt");

  private final String label;

  ContributionStatus(String label) { this.label = label; }

  public String label() { return label; }
}
