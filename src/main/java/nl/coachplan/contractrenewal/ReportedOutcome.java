package nl.coachplan.contractrenewal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import nl.coachplan.planintake.Codes;

/** The year's result on one outcome the plan intended, with the measure the plan named for it then. */
@Embeddable
public class ReportedOutcome {

  private String outcome;
  private String measure;
  private String resultText;
  private BigDecimal resultNumber;

  protected ReportedOutcome() {}

  ReportedOutcome(String outcome, String measure, String resultText, BigDecimal resultNumber) {
    this.outcome = outcome;
    this.measure = measure;
    this.resultText = resultText;
    this.resultNumber = resultNumber;
  }

  public String getOutcome() { return outcome; }
  public String getMeasure() { return measure; }
  public String getResultText() { return resultText; }
  public BigDecimal getResultNumber() { return resultNumber; }
  public String label() { return Codes.OUTCOMES.getOrDefault(outcome, outcome); }
}
