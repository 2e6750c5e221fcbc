package nl.coachplan.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.OrganisationRepository;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Sector;
import nl.coachplan.validation.AlreadyExists;
import nl.coachplan.validation.FieldLabel;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.FormReader;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import nl.coachplan.validation.NotFound;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations are data: the coordinator registers one (its row and its Camunda group
 * {@code org-<slug>} in one transaction) and adds its users (Camunda users, members of that group),
 * and every form offers it at once. Who may is {@link AccessPolicy}'s to say.
 */
@Service
public class OrganisationRegister {

  /** Lowercase letters and digits with single hyphens between, as the engine's ids allow. */
  static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
  static final int MINIMUM_PASSWORD = 12;
  /** The staff's groups: no user is named after one. */
  static final Set<String> STAFF_GROUPS = Set.of(CurrentUser.COORDINATOR, CurrentUser.POLICY_OFFICER, CurrentUser.MANAGER,
      Groups.CAMUNDA_ADMIN, IdentitySetup.WIJKTEAM);

  /** A new organisation, as the API and the page take it. */
  public record NewOrganisation(
      @FieldLabel("Korte naam") @NotBlank(message = "Vul de korte naam (slug) in, bijvoorbeeld 'vv-sec'.")
      @Size(max = 60, message = "De korte naam (slug) is hoogstens 60 tekens lang.")
      @Pattern(regexp = "|" + SLUG, message = "De korte naam (slug) bestaat uit kleine letters en cijfers, met een los streepje ertussen, "
          + "zoals 'vv-sec'.") String slug,
      @FieldLabel("Naam") @NotBlank(message = "Vul de naam van de organisatie in.")
      @Size(max = 200, message = "De naam van de organisatie is hoogstens 200 tekens lang.") String name,
      @FieldLabel("Sector") @NotBlank(message = "Kies de sector van de organisatie.") String sector) {}

  /** A new user of an organisation, with the password it first signs in with. */
  public record NewUser(
      @FieldLabel("Gebruikersnaam") @NotBlank(message = "Vul de gebruikersnaam in.")
      @Size(max = 64, message = "De gebruikersnaam is hoogstens 64 tekens lang.")
      @Pattern(regexp = "|" + SLUG, message = "De gebruikersnaam bestaat uit kleine letters en cijfers, met een los streepje ertussen, "
          + "zoals 'j-jansen'.") String userId,
      @FieldLabel("Voornaam") @NotBlank(message = "Vul de voornaam in.")
      @Size(max = 100, message = "De voornaam is hoogstens 100 tekens lang.") String firstName,
      @FieldLabel("Achternaam") @NotBlank(message = "Vul de achternaam in.")
      @Size(max = 100, message = "De achternaam is hoogstens 100 tekens lang.") String lastName,
      @FieldLabel("E-mailadres") @NotBlank(message = "Vul het e-mailadres in.")
      @Size(max = 200, message = "Het e-mailadres is hoogstens 200 tekens lang.")
      @Email(message = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.") String email,
      @FieldLabel("Wachtwoord") @NotBlank(message = "Vul een eerste wachtwoord in.")
      @Size(min = MINIMUM_PASSWORD, max = 128, message = "Het wachtwoord is 12 tot 128 tekens lang.") String password) {}

  /** A user of an organisation, as staff see it (never its password). */
  public record Member(String userId, String firstName, String lastName, String email) {}

  private final OrganisationRepository repository;
  private final Organisations organisations;
  private final IdentityService identity;
  private final IdentitySetup setup;
  private final AccessPolicy policy;
  private final FormReader forms;
  private final AsCaller asCaller;

  public OrganisationRegister(OrganisationRepository repository, Organisations organisations, IdentityService identity,
      IdentitySetup setup, AccessPolicy policy, FormReader forms, AsCaller asCaller) {
    this.repository = repository;
    this.organisations = organisations;
    this.identity = identity;
    this.setup = setup;
    this.policy = policy;
    this.forms = forms;
    this.asCaller = asCaller;
  }

  /** Every organisation by name: any signed-in user may see who takes part. */
  @Transactional(readOnly = true)
  public List<Organisation> all() {
    return organisations.all();
  }

  @Transactional(readOnly = true)
  public Organisation one(String slug) {
    return repository.findBySlug(slug).orElseThrow(() -> new NotFound("Er is geen organisatie '" + slug + "'."));
  }

  /** Registers an organisation and makes its group, together; 409 for a short name that is taken. */
  @Transactional
  public Organisation register(Viewer viewer, NewOrganisation form) {
    if (!policy.mayRegisterOrganisations(viewer)) {
      throw new Forbidden("Alleen de coördinator registreert organisaties.");
    }
    List<Violation> violations = violations(form);
    Sector sector = sector(form.sector());
    if (form.sector() != null && !form.sector().isBlank() && sector == null) {
      violations.add(new Violation("sector", "Onbekende sector '" + form.sector() + "'. Kies uit: " + Arrays.stream(Sector.values())
          .map(s -> s.name() + " (" + s.label() + ")").collect(Collectors.joining(", ")) + "."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    if (repository.findBySlug(form.slug()).isPresent()) {
      throw new AlreadyExists("slug", "Er is al een organisatie met de korte naam '" + form.slug() + "'. Kies een andere korte naam.");
    }
    Organisation organisation = repository.saveAndFlush(new Organisation(organisations.municipality(), form.slug(), form.name().trim(),
        sector, ProcessValues.now(), viewer.userId()));
    // The group in the same transaction: an organisation without its group could not work.
    asCaller.run(viewer.userId(), viewer.groups(), () -> {
      setup.organisationGroup(organisation);
      return null;
    });
    return organisation;
  }

  /** Makes a user of the organisation (a Camunda user in its group); 409 for a user id that is taken. */
  @Transactional
  public Member addUser(Viewer viewer, String slug, NewUser form) {
    if (!policy.mayRegisterOrganisations(viewer)) {
      throw new Forbidden("Alleen de coördinator voegt gebruikers van organisaties toe.");
    }
    Organisation organisation = one(slug);
    List<Violation> violations = violations(form);
    String id = form.userId();
    if (id != null && !id.isBlank()) {
      if (STAFF_GROUPS.contains(id) || id.startsWith(Organisation.GROUP_PREFIX) || groupExists(id)) {
        violations.add(new Violation("userId", "'" + id + "' is de naam van een groep (een rol of een organisatie). Kies een andere "
            + "gebruikersnaam."));
      }
      if (form.password() != null && form.password().equalsIgnoreCase(id)) {
        violations.add(new Violation("password", "Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam."));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    return asCaller.run(viewer.userId(), viewer.groups(), () -> {
      if (identity.createUserQuery().userId(id).count() > 0) {
        throw new AlreadyExists("userId", "Er is al een gebruiker '" + id + "'. Kies een andere gebruikersnaam.");
      }
      User user = identity.newUser(id);
      user.setFirstName(form.firstName().trim());
      user.setLastName(form.lastName().trim());
      user.setEmail(form.email().trim());
      user.setPassword(form.password());
      identity.saveUser(user);
      identity.createMembership(id, organisation.groupId());
      return member(user);
    });
  }

  /** The users of one organisation, for staff. */
  @Transactional(readOnly = true)
  public List<Member> users(Viewer viewer, String slug) {
    if (!policy.seesOrganisationUsers(viewer)) {
      throw new Forbidden("Alleen medewerkers van de gemeente zien de gebruikers van organisaties.");
    }
    return members(one(slug));
  }

  /** Every organisation with its users, for the page. */
  @Transactional(readOnly = true)
  public Map<Organisation, List<Member>> withUsers(Viewer viewer) {
    if (!policy.seesOrganisationUsers(viewer)) {
      throw new Forbidden("Alleen medewerkers van de gemeente zien de organisaties en hun gebruikers.");
    }
    Map<Organisation, List<Member>> all = new LinkedHashMap<>();
    organisations.all().forEach(o -> all.put(o, members(o)));
    return all;
  }

  private List<Member> members(Organisation organisation) {
    return asCaller.run(null, List.of(), () -> identity.createUserQuery().memberOfGroup(organisation.groupId()).unlimitedList().stream()
        .map(OrganisationRegister::member).sorted(Comparator.comparing(Member::userId)).toList());
  }

  private boolean groupExists(String id) {
    return asCaller.run(null, List.of(), () -> identity.createGroupQuery().groupId(id).count() > 0);
  }

  private static Member member(User user) {
    return new Member(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
  }

  /** Bean Validation's refusals, to add the form's own to. */
  private List<Violation> violations(Object form) {
    try {
      forms.validate(form);
      return new ArrayList<>();
    } catch (InvalidFormDataException invalid) {
      return new ArrayList<>(invalid.getViolations());
    }
  }

  static Sector sector(String name) {
    return name == null ? null : Arrays.stream(Sector.values()).filter(s -> s.name().equals(name.trim())).findFirst().orElse(null);
  }

  /** For the page: the sectors with their Dutch names. */
  public static List<Sector> sectors() {
    return List.of(Sector.values());
  }
}
