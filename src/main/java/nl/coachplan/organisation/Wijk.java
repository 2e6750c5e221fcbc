package nl.coachplan.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A wijk of the municipality, by its CBS wijkcode ({@code WK} + the gemeente's four digits + two):
 * plans, their coaches and the sport- en beweegaanbod work in one or more wijken, and the figures
 * are read per wijk. Wijken are data the coordinator enters, like organisations.
 */
@Entity
public class Wijk {

  /** WK, the four digits of the gemeente's CBS code, two of the wijk. */
  public static final String CODE = "WK[0-9]{6}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Municipality municipality;
  private String code;
  private String name;
  private Instant createdAt;
  private String createdBy;

  protected Wijk() {}

  public Wijk(Municipality municipality, String code, String name, Instant createdAt, String createdBy) {
    this.municipality = municipality;
    this.code = code;
    this.name = name;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() { return id; }
  public Municipality getMunicipality() { return municipality; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }

  /** "Soest-Zuid (WK034202)". */
  public String label() {
    return name + " (" + code + ")";
  }
}
