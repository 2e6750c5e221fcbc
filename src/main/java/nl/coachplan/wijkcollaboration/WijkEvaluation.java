package nl.coachplan.wijkcollaboration;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import nl.coachplan.organisation.Wijk;

/** The yearly look back on working together in a wijk (seed 003 e), recorded on the wijk. */
@Entity
public class WijkEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Wijk wijk;
  private int evaluationYear;
  private LocalDate heldOn;
  private boolean wijkteamPresent;
  /** The providers that took part, by slug, comma-separated. */
  private String providers;
  private String wentWell;
  private String toImprove;
  private String agreements;
  private String recordedBy;
  private Instant recordedAt;

  protected WijkEvaluation() {}

  WijkEvaluation(Wijk wijk, int year, WijkForms.Evaluation form, String recordedBy, Instant recordedAt) {
    this.wijk = wijk;
    this.evaluationYear = year;
    this.heldOn = form.heldOn();
    this.wijkteamPresent = Boolean.TRUE.equals(form.wijkteamPresent());
    this.providers = form.providersPresent() == null ? null : String.join(",", form.providersPresent());
    this.wentWell = form.wentWell();
    this.toImprove = form.toImprove();
    this.agreements = form.agreements();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Wijk getWijk() { return wijk; }
  public int getYear() { return evaluationYear; }
  public LocalDate getHeldOn() { return heldOn; }
  public boolean isWijkteamPresent() { return wijkteamPresent; }
  public java.util.List<String> getProviders() {
    return providers == null || providers.isBlank() ? java.util.List.of() : java.util.Arrays.asList(providers.split(","));
  }
  public String getWentWell() { return wentWell; }
  public String getToImprove() { return toImprove; }
  public String getAgreements() { return agreements; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
