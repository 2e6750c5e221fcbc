package nl.coachplan.organisation;

/** The field an organisation works in; the gemeente's own contributions are reported apart. */
public enum Sector {
  GEMEENTE("Gemeente"),
  WORK_AND_INCOME("Werk en inkomen"),
  CARE("Zorg"),
  WELFARE("Welzijn"),
  CHILDCARE("Kinderopvang"),
  EDUCATION("Onderwijs"),
  SPORT("Sport"),
  CULTURE("Cultuur"),
  OTHER("Overig");

  private final String label;

  Sector(String label) { this.label = label; }

  public String label() { return label; }
}
