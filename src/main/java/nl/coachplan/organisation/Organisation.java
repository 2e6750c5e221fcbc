package nl.coachplan.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;

/** A local organisation: aanvoerder of one plan, speler of another. Its users are in group {@code org-<slug>}. */
@Entity
public class Organisation {

  public static final String GROUP_PREFIX = "org-";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Municipality municipality;
  // Its natural id: an organisation read by slug again in one transaction is found in memory.
  @NaturalId
  private String slug;
  private String name;
  @Enumerated(EnumType.STRING)
  private Sector sector;
  /** When and by whom it was registered; empty for those loaded from the configuration. */
  private Instant registeredAt;
  private String registeredBy;

  protected Organisation() {}

  public Organisation(Municipality municipality, String slug, String name, Sector sector) {
    this(municipality, slug, name, sector, null, null);
  }

  public Organisation(Municipality municipality, String slug, String name, Sector sector, Instant registeredAt, String registeredBy) {
    this.municipality = municipality;
    this.slug = slug;
    this.name = name;
    this.sector = sector;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
  }

  public Long getId() { return id; }
  public Municipality getMunicipality() { return municipality; }
  public String getSlug() { return slug; }
  public String getName() { return name; }
  public Sector getSector() { return sector; }
  public Instant getRegisteredAt() { return registeredAt; }
  public String getRegisteredBy() { return registeredBy; }

  public String groupId() { return GROUP_PREFIX + slug; }

  public boolean isGemeente() { return sector == Sector.GEMEENTE; }
}
