package nl.coachplan.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's municipality ({@code coachplan.municipality.*}: CBS code, name, full-time week)
 * and organisations to load at start where the table lacks them ({@code coachplan.organisations}; the
 * demo's Soest partners, a benchmark's). Production configures none: the coordinator registers them.
 */
@ConfigurationProperties("coachplan")
public class OrganisationProperties {

  private MunicipalityConfig municipality = new MunicipalityConfig();
  private List<OrganisationConfig> organisations = new ArrayList<>();

  public MunicipalityConfig getMunicipality() { return municipality; }
  public void setMunicipality(MunicipalityConfig municipality) { this.municipality = municipality; }
  public List<OrganisationConfig> getOrganisations() { return organisations; }
  public void setOrganisations(List<OrganisationConfig> organisations) { this.organisations = organisations; }

  public static class MunicipalityConfig {
    private String code;
    private String name;
    /** Hours of a full-time week: the employer's unless its profile states another (fte = hours per week / that week). */
    private java.math.BigDecimal fullTimeHours = java.math.BigDecimal.valueOf(36);

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public java.math.BigDecimal getFullTimeHours() { return fullTimeHours; }
    public void setFullTimeHours(java.math.BigDecimal fullTimeHours) { this.fullTimeHours = fullTimeHours; }
  }

  public static class OrganisationConfig {
    private String slug;
    private String name;
    private Sector sector;

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
  }
}
