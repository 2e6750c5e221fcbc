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

  @Override
  public boolean equals(Object other) {
    return other instanceof IntendedOutcome o && java.util.Objects.equals(outcome, o.outcome) && java.util.Objects.equals(measure, o.measure);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(outcome, measure);
  }
}
