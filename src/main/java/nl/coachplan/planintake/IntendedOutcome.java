package nl.coachplan.planintake;

import jakarta.persistence.Embeddable;

/** An outcome the plan intends (a code of {@link Codes#OUTCOMES}) with the measure the aanvoerder chose for it. */
@Embeddable
public class IntendedOutcome {

  private String outcome;
  private String measure;

  protected IntendedOutcome() {}

  public IntendedOutcome(String outcome, String measure) {
    this.outcome = outcome;
    this.measure = measure;
  }

  public String getOutcome() { return outcome; }
  public String getMeasure() { return measure; }
  public String label() { return Codes.OUTCOMES.getOrDefault(outcome, outcome); }
}
