package nl.coachplan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.activitylisting.ActivityForms;
import nl.coachplan.activitylisting.ActivityStatus;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.planintake.Codes;
import nl.coachplan.tasks.FormOptions;
import nl.coachplan.validation.AlreadyExists;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.NotFound;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ons aanbod": a provider's activities, stated, changed and withdrawn in the portal through
 * {@link Activities}. The form is a Camunda Form of the portal's own (portal/activity.form), so it
 * reads Dutch numbers and shows refusals at the fields as the task forms do.
 */
@Controller
public class ActivityPages {

  private static final String FORM = "portal/activity.form";

  /** The five criteria of seed 003, as the provider's list shows which ones were not agreed. */
  record Criterion(String label, Predicate<Activity> stated, Predicate<Activity> agreed) {}

  static final List<Criterion> CRITERIA = List.of(
      new Criterion("a. Open voor kwetsbare groepen", Activity::isOpenToVulnerableGroups, Activity::isAgreedOpenToVulnerableGroups),
      new Criterion("b. Nieuwe groep of goede instroom", Activity::isWelcomesNewParticipants, Activity::isAgreedWelcomesNewParticipants),
      new Criterion("c. Veilige begeleiding", Activity::isSafeGuidance, Activity::isAgreedSafeGuidance),
      new Criterion("d. Kwaliteit en continuïteit", Activity::isQualityAndContinuity, Activity::isAgreedQualityAndContinuity),
      new Criterion("e. Terugkoppeling aan het wijkteam", Activity::isGivesFeedback, Activity::isAgreedGivesFeedback));

  public record ActivityLine(long id, String title, String provider, String status, String statusLabel, String wijken,
      String targetGroups, String schedule, String place, String cost, String remarks, List<String> notAgreed) {}

  private final Activities activities;
  private final FormOptions lists;
  private final Organisations organisations;
  private final AccessPolicy policy;
  private final ObjectMapper json;
  private final JsonNode activityForm;

  public ActivityPages(Activities activities, FormOptions lists, Organisations organisations, AccessPolicy policy, ObjectMapper json)
      throws IOException {
    this.activities = activities;
    this.lists = lists;
    this.organisations = organisations;
    this.policy = policy;
    this.json = json;
    try (InputStream in = new ClassPathResource(FORM).getInputStream()) {
      this.activityForm = json.readTree(in);
    }
  }

  @GetMapping("/portaal/aanbod")
  public String list(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    requireProvider(viewer);
    model.addAttribute("activities", activities.ofViewer(viewer).stream().map(ActivityPages::line).toList());
    return "portal/activities";
  }

  @GetMapping("/portaal/aanbod/nieuw")
  public String blank(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    requireProvider(viewer);
    return page(null, form(viewer, true), Map.of(), Map.of(), Map.of(), false, viewer, model);
  }

  @PostMapping("/portaal/aanbod/nieuw")
  public String register(@RequestParam MultiValueMap<String, String> params, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer,
      Model model, RedirectAttributes redirect) {
    requireProvider(viewer);
    JsonNode form = form(viewer, true);
    FormInput.Parsed input = FormInput.parse(form, params, options(viewer));
    Map<String, String> errors = input.errors();
    if (input.complete()) {
      try {
        Activity activity = activities.register(viewer, activityForm(input.values()));
        redirect.addFlashAttribute("confirmation", "Aangemeld: " + activity.getTitle()
            + ". De coördinator stemt de vijf criteria met u en het wijkteam af; daarna kan het wijkteam naar de activiteit verwijzen.");
        return "redirect:/portaal/aanbod";
      } catch (AlreadyExists exists) {
        errors = Map.of("_algemeen", exists.getMessage());
      } catch (RuntimeException failure) {
        errors = Violations.refusal(failure);
      }
    }
    return page(null, form, input.entered(), input.typed(), errors, true, viewer, model);
  }

  @GetMapping("/portaal/aanbod/{id}/intrekken")
  public String confirmWithdrawal(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Activity activity = own(viewer, id);
    if (activity.getStatus() == ActivityStatus.WITHDRAWN) {
      return withdrawn(activity, model);
    }
    model.addAttribute("id", activity.getId());
    model.addAttribute("title", activity.getTitle());
    model.addAttribute("consequence", (activity.getStatus() == ActivityStatus.LISTED
        ? "Het wijkteam verwijst er daarna niet meer naar." : "De coördinator stemt de criteria daarna niet verder met u af.")
        + " Wilt u haar later weer aanbieden, dan meldt u haar opnieuw aan.");
    return "portal/withdraw-activity";
  }

  @GetMapping("/portaal/aanbod/{id}")
  public String show(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Activity activity = own(viewer, id);
    if (activity.getStatus() == ActivityStatus.WITHDRAWN) {
      return withdrawn(activity, model);
    }
    return page(activity, form(viewer, false), values(activity), Map.of(), Map.of(), false, viewer, model);
  }

  @PostMapping("/portaal/aanbod/{id}")
  public String change(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model, RedirectAttributes redirect) {
    Activity activity = own(viewer, id);
    JsonNode form = form(viewer, false);
    FormInput.Parsed input = FormInput.parse(form, params, options(viewer));
    Map<String, String> errors = input.errors();
    if (input.complete()) {
      try {
        Activity changed = activities.change(viewer, id, activityForm(input.values()));
        redirect.addFlashAttribute("confirmation", "Gewijzigd: " + changed.getTitle() + "."
            + (changed.getStatus() == ActivityStatus.PROPOSED && activity.getStatus() != ActivityStatus.PROPOSED
                ? " U wijzigde de criteria of de doelgroepen: de coördinator stemt ze opnieuw af, en tot dan verwijst het wijkteam niet naar de activiteit."
                : ""));
        return "redirect:/portaal/aanbod";
      } catch (AlreadyExists exists) {
        errors = Map.of("_algemeen", exists.getMessage());
      } catch (RuntimeException failure) {
        errors = Violations.refusal(failure);
      }
    }
    return page(activity, form, input.entered(), input.typed(), errors, true, viewer, model);
  }

  @PostMapping("/portaal/aanbod/{id}/intrekken")
  public String withdraw(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, RedirectAttributes redirect) {
    Activity activity = own(viewer, id);
    activities.withdraw(viewer, id);
    redirect.addFlashAttribute("confirmation", "Ingetrokken: " + activity.getTitle() + ". Het wijkteam verwijst er niet meer naar.");
    return "redirect:/portaal/aanbod";
  }

  private static String withdrawn(Activity activity, Model model) {
    return PortalErrors.message(model, activity.getTitle(), "Deze activiteit is ingetrokken. Wilt u haar weer aanbieden, "
        + "meld haar dan opnieuw aan onder Ons aanbod.");
  }

  static ActivityLine line(Activity a) {
    List<String> notAgreed = a.getStatus() == ActivityStatus.NOT_AGREED
        ? CRITERIA.stream().filter(c -> !c.agreed().test(a)).map(Criterion::label).toList() : List.of();
    return new ActivityLine(a.getId(), a.getTitle(), a.getProvider().getName(), a.getStatus().name(), a.getStatus().label(),
        String.join(", ", a.getWijken().stream().map(Wijk::getName).toList()), Codes.labels(Codes.TARGET_GROUPS, a.getTargetGroups()),
        a.getSchedule(), a.getPlace(), cost(a.getCostPerMonthEuro()),
        a.getStatus() == ActivityStatus.NOT_AGREED ? a.getAgreementRemarks() : null, notAgreed);
  }

  /** "gratis", or "€ 12,50 per maand". */
  static String cost(BigDecimal euro) {
    if (euro == null || euro.signum() == 0) {
      return "gratis";
    }
    String amount = euro.stripTrailingZeros().scale() <= 0 ? DutchValues.readable(euro)
        : new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl")))
            .format(euro);
    return "€ " + amount + " per maand";
  }

  private void requireProvider(Viewer viewer) {
    if (!policy.offersActivities(viewer)) {
      throw new Forbidden("Ons aanbod is voor aanbieders: de medewerkers van een organisatie melden hier hun activiteiten aan.");
    }
  }

  /** The viewer's own activity; someone else's does not exist for it, even a listed one. */
  private Activity own(Viewer viewer, long id) {
    requireProvider(viewer);
    Activity activity = activities.one(viewer, id);
    if (!policy.providesActivity(viewer, activity.getProvider().getSlug())) {
      throw new NotFound("Er is geen activiteit " + id + " van uw organisatie.");
    }
    return activity;
  }

  private String page(Activity activity, JsonNode form, Map<String, Object> values, Map<String, String> typed,
      Map<String, String> errors, boolean changed, Viewer viewer, Model model) {
    model.addAttribute("form", FormRenderer.render(form, values, typed, errors, options(viewer)));
    model.addAttribute("activity", activity == null ? null : line(activity));
    model.addAttribute("action", activity == null ? "/portaal/aanbod/nieuw" : "/portaal/aanbod/" + activity.getId());
    model.addAttribute("changed", changed);
    return "portal/activity-form";
  }

  /** The lists the form's options come from: the wijken of the municipality, the target groups of the plan forms. */
  private Map<String, Object> options(Viewer viewer) {
    // The same lists as every other form's (one place: tasks/FormOptions).
    Map<String, Object> data = new LinkedHashMap<>(lists.lists(List.of(FormOptions.WIJKEN, FormOptions.TARGET_GROUPS)));
    data.put("providerOptions", organisations.bySlugs(viewer.organisationSlugs()).stream()
        .map(o -> Map.of("value", o.getSlug(), "label", o.getName())).toList());
    return data;
  }

  /** A user of several organisations chooses the provider of a new activity; an existing one keeps its own. */
  private JsonNode form(Viewer viewer, boolean isNew) {
    if (!isNew || viewer.organisationSlugs().size() < 2) {
      return activityForm;
    }
    ObjectNode copy = activityForm.deepCopy();
    ArrayNode components = (ArrayNode) copy.get("components");
    ObjectNode provider = json.createObjectNode().put("type", "select").put("id", "Field_provider").put("key", "provider")
        .put("label", "Aanbieder").put("valuesKey", "providerOptions");
    provider.putObject("validate").put("required", true);
    components.insert(0, provider);
    return copy;
  }

  private ActivityForms.ActivityForm activityForm(Map<String, Object> values) {
    return json.convertValue(values, ActivityForms.ActivityForm.class);
  }

  private static Map<String, Object> values(Activity a) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", a.getTitle());
    values.put("description", a.getDescription());
    values.put("wijken", new ArrayList<>(a.getWijken().stream().map(Wijk::getCode).toList()));
    values.put("targetGroups", a.getTargetGroups());
    values.put("schedule", a.getSchedule());
    values.put("place", a.getPlace());
    values.put("costPerMonthEuro", a.getCostPerMonthEuro());
    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("openToVulnerableGroups", a.isOpenToVulnerableGroups());
    criteria.put("welcomesNewParticipants", a.isWelcomesNewParticipants());
    criteria.put("safeGuidance", a.isSafeGuidance());
    criteria.put("qualityAndContinuity", a.isQualityAndContinuity());
    criteria.put("givesFeedback", a.isGivesFeedback());
    values.put("criteria", criteria);
    return values;
  }
}
