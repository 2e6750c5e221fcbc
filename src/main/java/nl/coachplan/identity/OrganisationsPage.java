package nl.coachplan.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.coachplan.validation.AlreadyExists;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.NotFound;
import nl.coachplan.web.StaffPage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisations on a staff page ({@code /organisaties}): every member of staff reads who takes
 * part and who works for each; the coordinator registers an organisation and adds its users here,
 * without script, each refusal at its field.
 */
@Controller
@StaffPage
public class OrganisationsPage {

  static final String PATH = "/organisaties";

  private final OrganisationRegister register;
  private final AccessPolicy policy;
  private final People people;

  public OrganisationsPage(OrganisationRegister register, AccessPolicy policy, People people) {
    this.register = register;
    this.policy = policy;
    this.people = people;
  }

  @GetMapping(PATH)
  public String page(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    return show(viewer, model, new OrganisationRegister.NewOrganisation(null, null, null), Map.of(),
        new OrganisationRegister.NewUser(null, null, null, null, null), null, Map.of());
  }

  @PostMapping(PATH)
  public String registerOrganisation(@RequestParam(required = false) String slug, @RequestParam(required = false) String name,
      @RequestParam(required = false) String sector, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model,
      RedirectAttributes redirect) {
    var form = new OrganisationRegister.NewOrganisation(blankToNull(slug), name, blankToNull(sector));
    try {
      var registered = register.register(viewer, form);
      redirect.addFlashAttribute("confirmation", "Organisatie " + registered.getName() + " (" + registered.getSlug()
          + ") is geregistreerd; haar groep is " + registered.groupId() + ". Zij staat nu in elk formulier.");
      return "redirect:" + PATH;
    } catch (InvalidFormDataException invalid) {
      return show(viewer, model, form, errors(invalid), emptyUser(), null, Map.of());
    } catch (AlreadyExists exists) {
      return show(viewer, model, form, Map.of(exists.field(), exists.getMessage()), emptyUser(), null, Map.of());
    } catch (DataIntegrityViolationException twin) {
      return show(viewer, model, form, Map.of("slug", "Er is al een organisatie met de korte naam '" + slug + "'. Kies een andere korte naam."),
          emptyUser(), null, Map.of());
    }
  }

  @PostMapping(PATH + "/gebruikers")
  public String addUser(@RequestParam(required = false) String organisation, @RequestParam(required = false) String userId,
      @RequestParam(required = false) String firstName, @RequestParam(required = false) String lastName,
      @RequestParam(required = false) String email, @RequestParam(required = false) String password,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model, RedirectAttributes redirect) {
    var form = new OrganisationRegister.NewUser(blankToNull(userId), firstName, lastName, email, password);
    // Never shown again: the password is typed anew after a refusal.
    var shown = new OrganisationRegister.NewUser(form.userId(), firstName, lastName, email, null);
    if (organisation == null || organisation.isBlank()) {
      if (!policy.mayRegisterOrganisations(viewer)) {
        throw new Forbidden("Alleen de coördinator voegt gebruikers van organisaties toe.");
      }
      return show(viewer, model, emptyOrganisation(), Map.of(), shown, organisation, Map.of("organisation", "Kies de organisatie."));
    }
    try {
      var member = register.addUser(viewer, organisation, form);
      redirect.addFlashAttribute("confirmation", "Gebruiker " + member.userId() + " (" + member.firstName() + " " + member.lastName()
          + ") werkt nu voor " + register.one(organisation).getName() + ". Geef het eerste wachtwoord persoonlijk door.");
      return "redirect:" + PATH;
    } catch (NotFound unknown) {
      return show(viewer, model, emptyOrganisation(), Map.of(), shown, organisation, Map.of("organisation", unknown.getMessage()));
    } catch (InvalidFormDataException invalid) {
      return show(viewer, model, emptyOrganisation(), Map.of(), shown, organisation, errors(invalid));
    } catch (AlreadyExists exists) {
      return show(viewer, model, emptyOrganisation(), Map.of(), shown, organisation, Map.of(exists.field(), exists.getMessage()));
    }
  }

  private String show(Viewer viewer, Model model, OrganisationRegister.NewOrganisation organisation, Map<String, String> organisationErrors,
      OrganisationRegister.NewUser user, String userOrganisation, Map<String, String> userErrors) {
    var all = register.withUsers(viewer);
    model.addAttribute("viewer", viewer);
    model.addAttribute("viewerName", people.name(viewer.userId()));
    model.addAttribute("mayEdit", policy.mayRegisterOrganisations(viewer));
    model.addAttribute("organisations", all);
    model.addAttribute("sectors", OrganisationRegister.sectors());
    model.addAttribute("newOrganisation", organisation);
    model.addAttribute("organisationErrors", organisationErrors);
    model.addAttribute("newUser", user);
    model.addAttribute("userOrganisation", userOrganisation == null ? "" : userOrganisation);
    model.addAttribute("userErrors", userErrors);
    return "organisations";
  }

  /** Each field's first message (the page shows one per field; the API gives them all). */
  private static Map<String, String> errors(InvalidFormDataException invalid) {
    Map<String, String> errors = new LinkedHashMap<>();
    invalid.getViolations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
    return errors;
  }

  private static OrganisationRegister.NewOrganisation emptyOrganisation() {
    return new OrganisationRegister.NewOrganisation(null, null, null);
  }

  private static OrganisationRegister.NewUser emptyUser() {
    return new OrganisationRegister.NewUser(null, null, null, null, null);
  }

  /** An empty field of an HTML form is "not given", as in the API. */
  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
