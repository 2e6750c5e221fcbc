package nl.coachplan.contractrenewal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The steps toward structural funding an aanvoerder can report (codes in the data, Dutch on screen). */
public final class EmbeddingSteps {

  private EmbeddingSteps() {}

  public static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("permanentPost", "Vaste aanstelling voorbereid");
    LABELS.put("ownBudget", "Structureel budget bij de aanvoerder");
    LABELS.put("partnerCommitment", "Meerjarige afspraken met spelers");
    LABELS.put("municipalPolicy", "Opgenomen in gemeentelijk beleid");
    LABELS.put("healthInsurer", "Financiering via zorgverzekeraar (bijv. OWZ)");
    LABELS.put("volunteers", "Vrijwilligers opgeleid om taken over te nemen");
  }
}
