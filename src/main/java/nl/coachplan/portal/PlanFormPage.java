package nl.coachplan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.coachplan.casefile.CaseFiles;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanForms;
import nl.coachplan.planintake.PlanSubmissions;
import nl.coachplan.tasks.FormOptions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A new plan from the portal: the plan-intake start form, but with the open round filled in, the
 * signed-in organisation as aanvoerder, and the other organisations as spelers. The form's code
 * lists come from {@link FormOptions}, as everywhere the form is shown.
 */
@Controller
public class PlanFormPage {

  static final String KEY = "_sleutel";
  private static final String FORM = "processes/plan-intake/plan-intake-start.form";

  private final PlanSubmissions submissions;
  private final FundingRoundRepository rounds;
  private final Organisations organisations;
  private final CaseFiles caseFiles;
  private final FormOptions options;
  private final ObjectMapper json;
  private final JsonNode startForm;

  public PlanFormPage(PlanSubmissions submissions, FundingRoundRepository rounds, Organisations organisations, CaseFiles caseFiles,
      FormOptions options, ObjectMapper json) throws IOException {
    this.submissions = submissions;
    this.rounds = rounds;
    this.organisations = organisations;
    this.caseFiles = caseFiles;
    this.options = options;
    this.json = json;
    try (InputStream in = new ClassPathResource(FORM).getInputStream()) {
      this.startForm = json.readTree(in);
    }
  }

  @GetMapping("/portaal/plannen/nieuw")
  public String blank(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Optional<FundingRound> round = openRound();
    if (round.isEmpty()) {
      return noRound(model);
    }
    List<Organisation> mine = aanvoerders(viewer);
    if (mine.isEmpty()) {
      return PortalErrors.message(model, "Plan indienen", "Plannen worden ingediend door een organisatie als aanvoerder; "
          + "uw account hoort bij geen organisatie.");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("roundYear", round.get().getYear());
    values.put("aanvoerder", mine.get(0).getSlug());
    return page(form(round.get(), mine, mine.get(0).getSlug()), values, Map.of(), Map.of(), UUID.randomUUID().toString(),
        round.get(), model);
  }

  @PostMapping("/portaal/plannen/nieuw")
  public String submit(@RequestParam MultiValueMap<String, String> params, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer,
      Model model) {
    String key = params.getFirst(KEY);
    if (key == null || !key.matches("[0-9a-f-]{36}")) {
      key = UUID.randomUUID().toString();
    }
    Optional<String> earlier = submissions.earlier(viewer, key);
    if (earlier.isPresent()) {
      return submitted(earlier.get());
    }
    Optional<FundingRound> round = openRound();
    List<Organisation> mine = aanvoerders(viewer);
    if (round.isEmpty()) {
      return noRound(model);
    }
    if (mine.isEmpty()) {
      return blank(viewer, model);
    }
    String chosen = params.getFirst("aanvoerder");
    String aanvoerder = mine.stream().map(Organisation::getSlug).filter(s -> s.equals(chosen)).findFirst()
        .orElse(mine.get(0).getSlug());
    JsonNode form = form(round.get(), mine, aanvoerder);
    FormInput.Parsed input = FormInput.parse(form, params);
    // Not from the request: the round is the open one, the aanvoerder one of the user's own.
    input.values().put("roundYear", round.get().getYear());
    input.values().put("aanvoerder", aanvoerder);
    input.entered().put("roundYear", round.get().getYear());
    input.entered().put("aanvoerder", aanvoerder);
    input.typed().remove("roundYear");
    Map<String, String> errors = input.errors();
    if (input.complete()) {
      try {
        return submitted(submissions.submit(json.convertValue(input.values(), PlanForms.Submission.class), viewer, key));
      } catch (DataIntegrityViolationException twin) {
        // The same key committed a moment ago by a double click: that plan is the answer.
        String first = submissions.earlier(viewer, key).orElseThrow(() -> twin);
        return submitted(first);
      } catch (RuntimeException failure) {
        errors = Violations.refusal(failure);
      }
    }
    return page(form, input.entered(), input.typed(), errors, key, round.get(), model);
  }

  @GetMapping("/portaal/plannen/{reference}/ingediend")
  public String done(@PathVariable String reference, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    Plan plan = caseFiles.visiblePlan(reference, viewer);
    model.addAttribute("reference", plan.getReference());
    model.addAttribute("title", plan.getTitle());
    return "portal/plan-submitted";
  }

  private static String submitted(String reference) {
    return "redirect:/portaal/plannen/" + reference + "/ingediend";
  }

  private String page(JsonNode form, Map<String, Object> values, Map<String, String> typed, Map<String, String> errors, String key,
      FundingRound round, Model model) {
    model.addAttribute("form", FormRenderer.render(form, values, typed, errors, Map.copyOf(options.forForm(form))));
    model.addAttribute("key", key);
    // Shown again after a post: it holds what was typed, so leaving it asks first.
    model.addAttribute("changed", !typed.isEmpty() || !errors.isEmpty());
    model.addAttribute("roundYear", round.getYear());
    return "portal/plan-form";
  }

  private static String noRound(Model model) {
    return PortalErrors.message(model, "Plan indienen",
        "Er is op dit moment geen ronde met een open oproep voor plannen. Zodra de gemeente een nieuwe oproep doet, "
            + "kunt u hier een plan indienen.");
  }

  /** The newest round whose call for plans is open. */
  private Optional<FundingRound> openRound() {
    String municipality = organisations.municipalityCode();
    return rounds.years(municipality).stream()
        .map(year -> rounds.findByMunicipalityCodeAndYear(municipality, year))
        .flatMap(Optional::stream).filter(FundingRound::isCallOpen).findFirst();
  }

  /** The organisations this user may submit for: its own; the municipality's staff may submit for any. */
  private List<Organisation> aanvoerders(Viewer viewer) {
    List<String> own = viewer.organisationSlugs();
    if (!own.isEmpty()) {
      return organisations.bySlugs(own).stream().sorted(Comparator.comparing(Organisation::getName)).toList();
    }
    return viewer.seesMunicipality() ? organisations.all() : List.of();
  }

  /** The start form as this user fills it in: its organisation lists narrowed to whom this user may name. */
  JsonNode form(FundingRound round, List<Organisation> mine, String aanvoerder) {
    ObjectNode form = startForm.deepCopy();
    List<Organisation> spelers = organisations.all().stream().filter(o -> !o.getSlug().equals(aanvoerder)).toList();
    adapt(form, round, mine, spelers);
    return form;
  }

  private void adapt(JsonNode parent, FundingRound round, List<Organisation> mine, List<Organisation> spelers) {
    for (JsonNode node : parent.path("components")) {
      ObjectNode c = (ObjectNode) node;
      String key = FormSchema.key(c);
      if ("roundYear".equals(key)) {
        c.put("readonly", true);
        c.put("description", "De ronde met een open oproep: " + round.getYear() + ".");
      } else if ("aanvoerder".equals(key)) {
        c.remove("valuesKey");
        c.set("values", options(mine));
        if (mine.size() == 1) {
          c.put("readonly", true);
          c.put("description", "Uw organisatie dient het plan in en neemt de coach in dienst.");
        }
      } else if ("organization".equals(key)) {
        c.remove("valuesKey");
        c.set("values", options(spelers));
      }
      adapt(c, round, mine, spelers);
    }
  }

  private ArrayNode options(List<Organisation> list) {
    ArrayNode values = json.createArrayNode();
    list.forEach(o -> values.addObject().put("label", o.getName()).put("value", o.getSlug()));
    return values;
  }
}
