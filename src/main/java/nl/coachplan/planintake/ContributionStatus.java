package nl.coachplan.planintake;

public enum ContributionStatus {
  PENDING("Wacht op bevestiging"),
  CONFIRMED("Bevestigd"),
  DECLINED("Niet bevestigd");

  private final String label;

  ContributionStatus(String label) { this.label = label; }

  public String label() { return label; }
}
