package nl.coachplan.fundinground;

/** Whether plans may be submitted to a round. */
public enum CallStatus {
  PREPARING("In voorbereiding"),
  OPEN("Open"),
  CLOSED("Gesloten");

  private final String label;

  CallStatus(String label) { this.label = label; }

  public String label() { return label; }
}
