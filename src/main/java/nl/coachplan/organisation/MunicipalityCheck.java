package nl.coachplan.organisation;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Coachplan does not start without its municipality: no installation runs as Soest by accident.
 * The demo profile configures Soest; production gives it in the environment. Runs right after the
 * administrator check, before anything is set up.
 */
@Component
@Order(1)
public class MunicipalityCheck implements ApplicationRunner {

  /** The CBS code of a gemeente: GM and four digits. */
  static final Pattern CODE = Pattern.compile("GM\\d{4}");

  private final OrganisationProperties properties;

  public MunicipalityCheck(OrganisationProperties properties) {
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    OrganisationProperties.MunicipalityConfig municipality = properties.getMunicipality();
    String code = municipality.getCode();
    String name = municipality.getName();
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw new IllegalStateException("Coachplan start niet zonder gemeente. Geef COACHPLAN_MUNICIPALITY_CODE (de CBS-code, "
          + "bijvoorbeeld GM0342) en COACHPLAN_MUNICIPALITY_NAME op in de omgeving (of start met het demoprofiel).");
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalStateException("De gemeentecode (COACHPLAN_MUNICIPALITY_CODE) is de CBS-code: GM en vier cijfers, "
          + "bijvoorbeeld GM0342; niet '" + code + "'.");
    }
    if (name.length() > 100) {
      throw new IllegalStateException("De naam van de gemeente (COACHPLAN_MUNICIPALITY_NAME) is hoogstens 100 tekens lang.");
    }
    BigDecimal hours = municipality.getFullTimeHours();
    if (hours == null || hours.compareTo(BigDecimal.ONE) < 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0) {
      throw new IllegalStateException("Een voltijdse werkweek (COACHPLAN_MUNICIPALITY_FULL_TIME_HOURS) ligt tussen 1 en 60 uur.");
    }
  }
}
