package nl.coachplan.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.validation.AlreadyExists;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations taking part, and registering one (the coordinator): usable as aanvoerder and
 * speler in every form at once, with its group {@code org-<slug>} for its users.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisaties", description = "De organisaties die meedoen; een organisatie en haar gebruikers registreren (coördinator)")
public class OrganisationApi {

  private final OrganisationRegister register;

  public OrganisationApi(OrganisationRegister register) {
    this.register = register;
  }

  /** An organisation as everyone signed in sees it. */
  public record OrganisationView(String slug, String name, String sector, String sectorLabel) {

    static OrganisationView of(Organisation o) {
      return new OrganisationView(o.getSlug(), o.getName(), o.getSector().name(), o.getSector().label());
    }
  }

  @GetMapping
  @Operation(summary = "De organisaties die meedoen, op naam")
  public List<OrganisationView> organisations() {
    return register.all().stream().map(OrganisationView::of).toList();
  }

  @GetMapping("/{slug}")
  @Operation(summary = "Eén organisatie")
  public OrganisationView organisation(@PathVariable String slug) {
    return OrganisationView.of(register.one(slug));
  }

  @PostMapping
  @Operation(summary = "Een organisatie registreren (coördinator): slug (kleine letters, cijfers, losse streepjes; hoogstens 60), "
      + "naam, sector; maakt haar groep org-<slug>")
  public ResponseEntity<OrganisationView> register(@RequestBody OrganisationRegister.NewOrganisation organisation,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    Organisation registered;
    try {
      registered = register.register(viewer, organisation);
    } catch (DataIntegrityViolationException twin) {
      // Registered a moment ago by a concurrent request.
      throw new AlreadyExists("slug", "Er is al een organisatie met de korte naam '" + organisation.slug() + "'. Kies een andere korte naam.");
    }
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + registered.getSlug())).body(OrganisationView.of(registered));
  }

  @GetMapping("/{slug}/users")
  @Operation(summary = "De gebruikers van een organisatie (medewerkers van de gemeente)")
  public List<OrganisationRegister.Member> users(@PathVariable String slug, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return register.users(viewer, slug);
  }

  @PostMapping("/{slug}/users")
  @Operation(summary = "Een gebruiker van een organisatie aanmaken (coördinator): userId, firstName, lastName, email en een eerste "
      + "password van minstens 12 tekens; lid van de groep org-<slug>")
  public ResponseEntity<OrganisationRegister.Member> addUser(@PathVariable String slug, @RequestBody OrganisationRegister.NewUser user,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    OrganisationRegister.Member member = register.addUser(viewer, slug, user);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + slug + "/users/" + member.userId())).body(member);
  }

  @GetMapping("/{slug}/users/{userId}")
  @Operation(summary = "Eén gebruiker van een organisatie (medewerkers van de gemeente)")
  public OrganisationRegister.Member user(@PathVariable String slug, @PathVariable String userId,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return register.users(viewer, slug).stream().filter(m -> m.userId().equals(userId)).findFirst()
        .orElseThrow(() -> new nl.coachplan.validation.NotFound("Organisatie '" + slug + "' heeft geen gebruiker '" + userId + "'."));
  }
}
