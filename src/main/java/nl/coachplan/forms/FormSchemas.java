package nl.coachplan.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms under {@code processes/}, read once: the Tasklist renders them for staff, the
 * portal for organisations, and the server checks what is submitted against the same fields.
 */
@Component
public class FormSchemas {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)\\s*}}");

  /** One input of a form: its key, Camunda Forms type, and for a group or list its own inputs. */
  public record Input(String key, String label, String type, boolean readonly, Map<String, Input> children) {

    public boolean isGroup() {
      return "group".equals(type);
    }

    public boolean isList() {
      return "dynamiclist".equals(type);
    }
  }

  /** A form: its schema, the inputs a submission may carry, and what it shows of the case. */
  private static final Pattern CONDITION_NAME = Pattern.compile("(?<![\\w\"])[A-Za-z_]\\w*(?![\\w\"])");
  private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "and", "or", "not");

  public record Schema(String id, JsonNode json, Map<String, Input> inputs, Set<String> shown) {}

  private final Map<String, Schema> byId = new HashMap<>();

  public FormSchemas() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.form")) {
      try (InputStream in = resource.getInputStream()) {
        JsonNode form = json.readTree(in);
        String id = form.path("id").asText();
        byId.put(id, new Schema(id, form, Collections.unmodifiableMap(inputs(form.path("components"))), shown(form)));
      }
    }
  }

  public Optional<Schema> byId(String formId) {
    return formId == null ? Optional.empty() : Optional.ofNullable(byId.get(formId));
  }

  private static Map<String, Input> inputs(JsonNode components) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean readonly = component.path("readonly").asBoolean(false);
      if (component.has("path") && component.has("components")) {
        inputs.put(component.path("path").asText(), new Input(component.path("path").asText(), label(component), type, readonly,
            Collections.unmodifiableMap(inputs(component.path("components")))));
      } else if (component.has("key")) {
        inputs.put(component.path("key").asText(), new Input(component.path("key").asText(), label(component), type, readonly, Map.of()));
      } else if (component.has("components")) {
        inputs.putAll(inputs(component.path("components")));
      }
    }
    return inputs;
  }

  private static String label(JsonNode component) {
    String label = component.path("label").asText(component.path("dateLabel").asText(""));
    return label.isBlank() ? component.path("key").asText(component.path("path").asText()) : label;
  }

  /** What a form shows besides its inputs: text templates, table sources and option lists. */
  private static Set<String> shown(JsonNode form) {
    Set<String> shown = new LinkedHashSet<>();
    Matcher template = TEMPLATE.matcher(form.toString());
    while (template.find()) {
      shown.add(template.group(1));
    }
    form.findValues("dataSource").forEach(source -> {
      if (source.asText().startsWith("=")) {
        shown.add(source.asText().substring(1).trim());
      }
    });
    form.findValues("valuesKey").forEach(key -> shown.add(key.asText()));
    // A condition may name a value the server set for the task (ladderApplies): the form needs it to decide.
    form.findValues("conditional").forEach(conditional -> {
      Matcher name = CONDITION_NAME.matcher(conditional.path("hide").asText(""));
      while (name.find()) {
        if (!FEEL_WORDS.contains(name.group())) {
          shown.add(name.group());
        }
      }
    });
    return Collections.unmodifiableSet(shown);
  }
}
