package nl.coachplan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.planintake.Codes;
import nl.coachplan.referral.Referral;
import nl.coachplan.referral.ReferralFeedback;
import nl.coachplan.referral.ReferralSource;
import nl.coachplan.referral.ReferralStatus;
import nl.coachplan.referral.Referrals;
import nl.coachplan.validation.Forbidden;
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
 * The wijkteam searches the aanbod of a wijk and refers someone to a listed activity; the provider
 * answers how it goes. Everything goes through {@link Referrals} and {@link Activities}, which take
 * no personal data and decide with {@link AccessPolicy} who may see and answer what.
 */
@Controller
public class ReferralPages {

  public record ResultLine(long id, String title, String provider, String description, String targetGroups, String schedule,
      String place, String cost) {}

  public record AnswerLine(String statusLabel, String note, String date) {}

  public record ReferralLine(long id, String activity, String provider, String wijk, String source, String note, String date,
      String status, String statusLabel, boolean awaiting, List<AnswerLine> answers) {

    /** The provider's latest answer, or null while it waits. */
    public AnswerLine latest() {
      return answers.isEmpty() ? null : answers.get(answers.size() - 1);
    }
  }

  private final Activities activities;
  private final Referrals referrals;
  private final Wijken wijken;
  private final AccessPolicy policy;
  private final JsonNode referralForm;
  private final JsonNode answerForm;

  public ReferralPages(Activities activities, Referrals referrals, Wijken wijken, AccessPolicy policy, ObjectMapper json)
      throws IOException {
    this.activities = activities;
    this.referrals = referrals;
    this.wijken = wijken;
    this.policy = policy;
    this.referralForm = read(json, "portal/referral.form");
    this.answerForm = read(json, "portal/referral-answer.form");
  }

  // --- the wijkteam: search and refer ---

  @GetMapping("/portaal/aanbod-zoeken")
  public String search(@RequestParam(required = false) String wijk, @RequestParam(required = false) String targetGroup,
      @RequestParam(required = false) String maxCost, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    requireReferrer(viewer);
    List<Wijk> all = wijken.all();
    Map<String, String> errors = new LinkedHashMap<>();
    String chosenWijk = wijk == null || wijk.isBlank() ? null : wijk.trim().toUpperCase();
    if (chosenWijk != null && all.stream().noneMatch(w -> w.getCode().equals(chosenWijk))) {
      errors.put("wijk", "Kies een wijk uit de lijst.");
    }
    String group = targetGroup == null || targetGroup.isBlank() ? null : targetGroup;
    if (group != null && !Codes.TARGET_GROUPS.containsKey(group)) {
      errors.put("targetGroup", "Kies een doelgroep uit de lijst.");
    }
    BigDecimal highest = null;
    if (maxCost != null && !maxCost.isBlank()) {
      try {
        highest = DutchValues.number(maxCost);
        if (highest.signum() < 0) {
          errors.put("maxCost", "De kosten kunnen niet negatief zijn.");
        }
      } catch (DutchValues.Unreadable unreadable) {
        errors.put("maxCost", unreadable.getMessage());
      }
    }
    model.addAttribute("wijken", all);
    model.addAttribute("targetGroups", Codes.TARGET_GROUPS);
    model.addAttribute("wijk", chosenWijk == null ? "" : chosenWijk);
    model.addAttribute("targetGroup", group == null ? "" : group);
    model.addAttribute("maxCost", maxCost == null ? "" : maxCost);
    model.addAttribute("errors", errors);
    model.addAttribute("searched", chosenWijk != null && errors.isEmpty());
    if (chosenWijk != null && errors.isEmpty()) {
      model.addAttribute("wijkName", all.stream().filter(w -> w.getCode().equals(chosenWijk)).findFirst().map(Wijk::getName).orElse(""));
      model.addAttribute("results", activities.listed(chosenWijk, group, highest).stream()
          .map(a -> new ResultLine(a.getId(), a.getTitle(), a.getProvider().getName(), a.getDescription(),
              Codes.labels(Codes.TARGET_GROUPS, a.getTargetGroups()), a.getSchedule(), a.getPlace(),
              ActivityPages.cost(a.getCostPerMonthEuro())))
          .toList());
    } else {
      model.addAttribute("results", List.of());
    }
    return "portal/search";
  }

  @GetMapping("/portaal/verwijzen/{activityId}")
  public String referForm(@PathVariable long activityId, @RequestParam(required = false) String wijk,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Activity activity = referable(viewer, activityId);
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> codes = activity.getWijken().stream().map(Wijk::getCode).toList();
    String preselected = wijk == null ? null : wijk.trim().toUpperCase();
    values.put("wijk", codes.contains(preselected) ? preselected : codes.size() == 1 ? codes.get(0) : null);
    return referPage(activity, values, Map.of(), Map.of(), false, model);
  }

  @PostMapping("/portaal/verwijzen/{activityId}")
  public String refer(@PathVariable long activityId, @RequestParam MultiValueMap<String, String> params,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model, RedirectAttributes redirect) {
    Activity activity = referable(viewer, activityId);
    FormInput.Parsed input = FormInput.parse(referralForm, params, referOptions(activity));
    Map<String, String> errors = input.errors();
    if (input.complete()) {
      Map<String, Object> body = new HashMap<>(input.values());
      body.put("activityId", activityId);
      try {
        Referral referral = referrals.refer(viewer, body);
        redirect.addFlashAttribute("confirmation", "Verwezen naar " + activity.getTitle() + " van " + activity.getProvider().getName()
            + ". De aanbieder is op de hoogte gebracht. Draag de persoon nu warm over, buiten Coachplan om.");
        return "redirect:/portaal/verwijzingen/" + referral.getId();
      } catch (RuntimeException failure) {
        errors = Violations.refusal(failure);
      }
    }
    return referPage(activity, input.entered(), input.typed(), errors, true, model);
  }

  // --- both: the referrals, and the provider's answer ---

  @GetMapping("/portaal/verwijzingen")
  public String list(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    model.addAttribute("referrer", policy.mayRefer(viewer));
    model.addAttribute("referrals", referrals.ofViewer(viewer).stream().map(ReferralPages::line).toList());
    return "portal/referrals";
  }

  @GetMapping("/portaal/verwijzingen/{id}")
  public String show(@PathVariable long id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Referral referral = referrals.one(viewer, id);
    return referralPage(referral, viewer, Map.of(), Map.of(), Map.of(), false, model);
  }

  @PostMapping("/portaal/verwijzingen/{id}")
  public String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model, RedirectAttributes redirect) {
    Referral referral = referrals.one(viewer, id);
    FormInput.Parsed input = FormInput.parse(answerForm, params, answerOptions());
    Map<String, String> errors = input.errors();
    if (input.complete()) {
      try {
        Referral answered = referrals.answer(viewer, id, new HashMap<>(input.values()));
        redirect.addFlashAttribute("confirmation", "Uw antwoord (" + answered.getStatus().label() + ") is doorgegeven aan het wijkteam.");
        return "redirect:/portaal/verwijzingen/" + id;
      } catch (RuntimeException failure) {
        errors = Violations.refusal(failure);
      }
    }
    return referralPage(referral, viewer, input.entered(), input.typed(), errors, true, model);
  }

  static ReferralLine line(Referral r) {
    List<AnswerLine> answers = r.getFeedback().stream()
        .map((ReferralFeedback f) -> new AnswerLine(f.getStatus().label(), f.getNote(), Dates.moment(f.getGivenAt()))).toList();
    return new ReferralLine(r.getId(), r.getActivity().getTitle(), r.getActivity().getProvider().getName(), r.getWijk().getName(),
        ReferralSource.CODES.getOrDefault(r.getSource(), r.getSource()), r.getNote(), Dates.moment(r.getReferredAt()),
        r.getStatus().name(), r.getStatus().label(), r.getStatus() == ReferralStatus.AWAITING, answers);
  }

  private String referPage(Activity activity, Map<String, Object> values, Map<String, String> typed, Map<String, String> errors,
      boolean changed, Model model) {
    model.addAttribute("activity", new ResultLine(activity.getId(), activity.getTitle(), activity.getProvider().getName(),
        activity.getDescription(), Codes.labels(Codes.TARGET_GROUPS, activity.getTargetGroups()), activity.getSchedule(),
        activity.getPlace(), ActivityPages.cost(activity.getCostPerMonthEuro())));
    model.addAttribute("form", FormRenderer.render(referralForm, values, typed, errors, referOptions(activity)));
    model.addAttribute("changed", changed);
    return "portal/refer";
  }

  private String referralPage(Referral referral, Viewer viewer, Map<String, Object> values, Map<String, String> typed,
      Map<String, String> errors, boolean changed, Model model) {
    model.addAttribute("referral", line(referral));
    boolean mayAnswer = !viewer.isApplication() && policy.mayAnswerReferral(viewer, referral.getActivity().getProvider().getSlug());
    model.addAttribute("mayAnswer", mayAnswer);
    model.addAttribute("form", mayAnswer ? FormRenderer.render(answerForm, values, typed, errors, answerOptions()) : null);
    model.addAttribute("changed", changed);
    return "portal/referral";
  }

  private void requireReferrer(Viewer viewer) {
    if (!policy.mayRefer(viewer)) {
      throw new Forbidden("Zoeken in het aanbod en verwijzen doet het wijkteam. Uw eigen activiteiten vindt u onder Ons aanbod.");
    }
  }

  /** A listed activity the wijkteam may refer to; any other does not exist for it. */
  private Activity referable(Viewer viewer, long activityId) {
    requireReferrer(viewer);
    Activity activity = activities.one(viewer, activityId);
    if (!activity.isListed()) {
      throw new nl.coachplan.validation.NotFound("Activiteit " + activityId + " staat niet in het aanbod.");
    }
    return activity;
  }

  private static Map<String, Object> referOptions(Activity activity) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("wijkOptions", activity.getWijken().stream().map(w -> Map.of("value", w.getCode(), "label", w.getName())).toList());
    data.put("sourceOptions", ReferralSource.CODES.entrySet().stream().map(e -> Map.of("value", e.getKey(), "label", e.getValue()))
        .toList());
    return data;
  }

  private static Map<String, Object> answerOptions() {
    return Map.of("statusOptions", Arrays.stream(ReferralStatus.values()).filter(s -> s != ReferralStatus.AWAITING)
        .map(s -> Map.of("value", s.code(), "label", s.label())).toList());
  }

  private static JsonNode read(ObjectMapper json, String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return json.readTree(in);
    }
  }
}
