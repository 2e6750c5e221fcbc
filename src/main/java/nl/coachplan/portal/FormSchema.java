package nl.coachplan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading a Camunda Forms component: the few attributes the portal understands. */
final class FormSchema {

  static final String TEXT = "text";
  static final String GROUP = "group";
  static final String LIST = "dynamiclist";
  static final String TABLE = "table";

  private FormSchema() {}

  static String type(JsonNode c) {
    return c.path("type").asText();
  }

  static String key(JsonNode c) {
    return c.hasNonNull("key") ? c.get("key").asText() : null;
  }

  static String path(JsonNode c) {
    return c.hasNonNull("path") && !c.get("path").asText().isBlank() ? c.get("path").asText() : null;
  }

  static String label(JsonNode c) {
    String label = c.hasNonNull("dateLabel") ? c.get("dateLabel").asText() : c.path("label").asText("");
    return label.isBlank() ? (key(c) == null ? "" : key(c)) : label;
  }

  static boolean required(JsonNode c) {
    return c.path("validate").path("required").asBoolean(false);
  }

  static boolean readonly(JsonNode c) {
    return c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
  }

  static int decimalDigits(JsonNode c) {
    return c.has("decimalDigits") ? c.get("decimalDigits").asInt() : -1;
  }

  static BigDecimal min(JsonNode c) {
    JsonNode v = c.path("validate").path("min");
    return v.isNumber() ? v.decimalValue() : null;
  }

  static BigDecimal max(JsonNode c) {
    JsonNode v = c.path("validate").path("max");
    return v.isNumber() ? v.decimalValue() : null;
  }

  static Integer maxLength(JsonNode c) {
    JsonNode v = c.path("validate").path("maxLength");
    return v.isNumber() ? v.asInt() : null;
  }

  static boolean isInput(JsonNode c) {
    return switch (type(c)) {
      case "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "datetime", "taglist" -> key(c) != null;
      default -> false;
    };
  }

  static List<JsonNode> children(JsonNode c) {
    List<JsonNode> list = new ArrayList<>();
    c.path("components").forEach(list::add);
    return list;
  }

  static String hideExpression(JsonNode c) {
    JsonNode hide = c.path("conditional").path("hide");
    return hide.isTextual() ? hide.asText() : null;
  }

  /** An option of a select, radio or checklist. */
  record Choice(String value, String label) {}

  /** From {@code values}, or from the data under {@code valuesKey} (a list of {label, value}). */
  static List<Choice> choices(JsonNode c, Map<String, Object> data) {
    List<Choice> choices = new ArrayList<>();
    if (c.has("values")) {
      c.get("values").forEach(v -> choices.add(new Choice(v.path("value").asText(), v.path("label").asText(v.path("value").asText()))));
    } else if (c.hasNonNull("valuesKey") && data != null && data.get(c.get("valuesKey").asText()) instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> m && m.get("value") != null) {
          choices.add(new Choice(m.get("value").toString(), m.get("label") == null ? m.get("value").toString() : m.get("label").toString()));
        } else if (item != null) {
          choices.add(new Choice(item.toString(), item.toString()));
        }
      }
    }
    return choices;
  }

  /** The HTML id of a field: letters, digits and dashes only. */
  static String htmlId(String name) {
    return "veld-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
  }
}
