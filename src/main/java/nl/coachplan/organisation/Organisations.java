package nl.coachplan.organisation;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.coachplan.validation.InvalidFormDataException;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks organisations up by slug, with a message a person understands when one is unknown. */
@Service
@Transactional(readOnly = true)
public class Organisations {

  private final OrganisationRepository organisations;
  private final MunicipalityRepository municipalities;
  private final String municipalityCode;
  private final EntityManager entityManager;

  public Organisations(OrganisationRepository organisations, MunicipalityRepository municipalities,
      @Value("${coachplan.municipality.code:}") String municipalityCode, EntityManager entityManager) {
    this.entityManager = entityManager;
    this.organisations = organisations;
    this.municipalities = municipalities;
    this.municipalityCode = municipalityCode;
  }

  public Organisation require(String field, String slug) {
    if (slug == null || slug.isBlank()) {
      throw InvalidFormDataException.of(field, "Vul een organisatie in.");
    }
    // By natural id: found in memory when this transaction read it before (a plan's checks read its
    // organisations with bySlugs first, then each by slug).
    return entityManager.unwrap(Session.class).bySimpleNaturalId(Organisation.class).loadOptional(slug.trim())
        .orElseThrow(() -> InvalidFormDataException.of(field,
            "Onbekende organisatie '" + slug.trim() + "'. Gebruik de korte naam, bijvoorbeeld "
                + example() + "."));
  }

  public List<Organisation> bySlugs(java.util.Collection<String> slugs) {
    return slugs.isEmpty() ? List.of() : organisations.findBySlugIn(slugs);
  }

  public List<Organisation> all() {
    return organisations.findAllByOrderByNameAsc();
  }

  /** The code of the installation's gemeente, from the configuration (no query). */
  public String municipalityCode() {
    return municipalityCode;
  }

  /** The installation's own gemeente; created at start-up by the identity setup. */
  public Municipality municipality() {
    return municipalities.findByCode(municipalityCode)
        .orElseThrow(() -> new IllegalStateException("Gemeente " + municipalityCode + " is niet ingericht"));
  }

  private String example() {
    return organisations.findAllByOrderByNameAsc().stream().findFirst().map(Organisation::getSlug)
        .orElse("werk-en-inkomen");
  }
}
