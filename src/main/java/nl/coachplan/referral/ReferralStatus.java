package nl.coachplan.referral;

/** Where a referral stands, as the provider last answered it. */
public enum ReferralStatus {
  AWAITING("Wacht op antwoord van de aanbieder"),
  STARTED("Gestart"),
  NOT_STARTED("Niet gestart"),
  STOPPED("Gestopt"),
  CONTINUING("Doet nog mee");

  private final String label;

  ReferralStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The provider's answers as the API spells them: started, not-started, stopped, continuing. */
  public String code() {
    return name().toLowerCase().replace('_', '-');
  }

  /** An answer of the provider; null for a code that is none. */
  static ReferralStatus ofAnswer(String code) {
    for (ReferralStatus status : values()) {
      if (status != AWAITING && status.code().equals(code)) {
        return status;
      }
    }
    return null;
  }
}
