package nl.coachplan.activitylisting;

/** Where an activity stands in the aanbod. */
public enum ActivityStatus {
  /** Stated by the provider; the coordinator is to agree the five criteria. */
  PROPOSED("Criteria worden afgestemd"),
  /** All five criteria agreed: shown to referrers and on the wijk's public page. */
  LISTED("Opgenomen in het aanbod"),
  /** Not every criterion agreed: the provider may change the activity, which is then agreed again. */
  NOT_AGREED("Niet alle criteria afgestemd"),
  /** Withdrawn by its provider. */
  WITHDRAWN("Ingetrokken");

  private final String label;

  ActivityStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
