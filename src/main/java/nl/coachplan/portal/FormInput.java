package nl.coachplan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a posted HTML form back into the plain values a task or plan takes (String, BigDecimal,
 * Boolean, List, Map; dates as yyyy-mm-dd), following the same Camunda Form that rendered it.
 * What cannot be read (a date that does not exist, a number with letters) becomes a Dutch error at
 * its field, and everything typed is kept to show again. Field names: {@code key}, a group's
 * {@code path.key}, a list's {@code path[0].key} (0-based in HTML; the server counts from 1).
 */
public final class FormInput {

  /** The pressed button: submit, refresh (Enter without script), or add/remove a row of a list. */
  public static final String ACTION = "_actie";
  public static final String SUBMIT = "indienen";
  public static final String REFRESH = "bijwerken";
  static final String ADD = "toevoegen:";
  static final String REMOVE = "verwijderen:";
  /** Hidden field with a list's number of rows, so an empty row survives a round trip. */
  public static final String ROWS = "_rijen.";

  private static final Pattern INDEX = Pattern.compile("^(.*?)\\[(\\d+)](.*)$");

  /**
   * @param values what is submitted: without the fields a condition hides
   * @param entered everything entered, hidden fields too, to show again
   * @param typed the text as typed per field name, shown again as it was
   * @param errors per field name, in Dutch
   */
  public record Parsed(Map<String, Object> values, Map<String, Object> entered, Map<String, String> typed,
      Map<String, String> errors, String action) {

    /** The submit button was pressed and everything could be read. */
    public boolean complete() {
      return SUBMIT.equals(action) && errors.isEmpty();
    }

    public boolean submitPressed() {
      return SUBMIT.equals(action);
    }
  }

  private final Map<String, List<String>> params;
  private final Map<String, Object> data;
  private final String action;
  private final Map<String, String> typed = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();

  private FormInput(Map<String, List<String>> params, Map<String, Object> data) {
    this.params = params;
    this.data = data == null ? Map.of() : data;
    String pressed = first(ACTION);
    this.action = pressed == null || pressed.isBlank() ? REFRESH : pressed;
  }

  public static Parsed parse(JsonNode form, Map<String, List<String>> params) {
    return parse(form, params, Map.of());
  }

  /** {@code data}: the task's data, for conditions that name a value the form does not edit. */
  public static Parsed parse(JsonNode form, Map<String, List<String>> params, Map<String, Object> data) {
    FormInput input = new FormInput(params, data);
    Map<String, Object> entered = new LinkedHashMap<>();
    input.read(FormSchema.children(form), "", entered);
    Map<String, Object> values = input.submitted(FormSchema.children(form), entered, entered);
    return new Parsed(values, entered, input.typed, input.errors, input.action);
  }

  private void read(List<JsonNode> components, String prefix, Map<String, Object> target) {
    for (JsonNode c : components) {
      String type = FormSchema.type(c);
      String path = FormSchema.path(c);
      if (FormSchema.GROUP.equals(type)) {
        Map<String, Object> into = target;
        if (path != null) {
          into = new LinkedHashMap<>();
          target.put(path, into);
        }
        read(FormSchema.children(c), path == null ? prefix : prefix + path + ".", into);
      } else if (FormSchema.LIST.equals(type) && path != null) {
        target.put(path, readList(c, prefix + path));
      } else if (FormSchema.isInput(c)) {
        String name = prefix + FormSchema.key(c);
        target.put(FormSchema.key(c), readField(c, name));
      }
    }
  }

  private List<Map<String, Object>> readList(JsonNode list, String name) {
    int count = rowCount(name);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      read(FormSchema.children(list), name + "[" + i + "].", row);
      rows.add(row);
    }
    if ((ADD + name).equals(action)) {
      rows.add(new LinkedHashMap<>());
    } else if (action.startsWith(REMOVE + name + ":")) {
      try {
        int removed = Integer.parseInt(action.substring((REMOVE + name + ":").length()));
        if (removed >= 0 && removed < rows.size()) {
          rows.remove(removed);
          renumber(typed, name, removed);
          renumber(errors, name, removed);
        }
      } catch (NumberFormatException ignored) {
        // A tampered button: nothing to remove.
      }
    }
    return rows;
  }

  /** Drops the removed row's entries and moves the later rows one up. */
  private static void renumber(Map<String, String> byName, String list, int removed) {
    Map<String, String> moved = new LinkedHashMap<>();
    byName.forEach((key, value) -> {
      if (!key.startsWith(list + "[")) {
        moved.put(key, value);
        return;
      }
      Matcher m = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)](.*)$").matcher(key);
      if (!m.matches()) {
        moved.put(key, value);
        return;
      }
      int index = Integer.parseInt(m.group(1));
      if (index != removed) {
        moved.put(list + "[" + (index > removed ? index - 1 : index) + "]" + m.group(2), value);
      }
    });
    byName.clear();
    byName.putAll(moved);
  }

  private int rowCount(String name) {
    String declared = first(ROWS + name);
    if (declared != null && declared.matches("\\d{1,3}")) {
      return Integer.parseInt(declared);
    }
    int count = 0;
    for (String key : params.keySet()) {
      Matcher m = INDEX.matcher(key);
      if (m.matches() && m.group(1).equals(name)) {
        count = Math.max(count, Integer.parseInt(m.group(2)) + 1);
      }
    }
    return Math.min(count, 200);
  }

  private Object readField(JsonNode c, String name) {
    String type = FormSchema.type(c);
    switch (type) {
      case "checkbox":
        return all(name).stream().anyMatch("true"::equals);
      case "checklist":
      case "taglist":
        return all(name).stream().filter(v -> !v.isBlank()).distinct().toList();
      default:
        break;
    }
    String text = first(name);
    if (text != null) {
      typed.put(name, text);
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return switch (type) {
        case "number" -> number(c, text);
        case "datetime" -> "date".equals(c.path("subtype").asText("date")) ? DutchValues.date(text).toString() : text.trim();
        case "textfield", "textarea" -> text;
        default -> text.trim();
      };
    } catch (DutchValues.Unreadable refused) {
      errors.put(name, refused.getMessage());
      return null;
    }
  }

  private static BigDecimal number(JsonNode c, String text) throws DutchValues.Unreadable {
    BigDecimal value = DutchValues.number(text);
    int digits = FormSchema.decimalDigits(c);
    if (digits == 0 && value.stripTrailingZeros().scale() > 0) {
      throw new DutchValues.Unreadable("Vul een heel getal in, zonder komma.");
    }
    if (digits > 0 && value.stripTrailingZeros().scale() > digits) {
      throw new DutchValues.Unreadable("Gebruik hoogstens " + digits + " cijfers achter de komma.");
    }
    BigDecimal min = FormSchema.min(c);
    BigDecimal max = FormSchema.max(c);
    if (min != null && value.compareTo(min) < 0) {
      throw new DutchValues.Unreadable("Vul minstens " + DutchValues.readable(min) + " in.");
    }
    if (max != null && value.compareTo(max) > 0) {
      throw new DutchValues.Unreadable("Vul hoogstens " + DutchValues.readable(max) + " in.");
    }
    return digits == 0 ? value.setScale(0) : value;
  }

  /**
   * The values to submit: a field hidden by its condition is left out (as form-js does), and on
   * submit a required field left empty gets its error here, without asking the server.
   */
  private Map<String, Object> submitted(List<JsonNode> components, Map<String, Object> scope, Map<String, Object> top) {
    return submitted(components, "", scope, top);
  }

  private Map<String, Object> submitted(List<JsonNode> components, String prefix, Map<String, Object> scope,
      Map<String, Object> top) {
    Map<String, Object> out = new LinkedHashMap<>();
    Function<String, Object> lookup = name -> scope.containsKey(name) ? scope.get(name)
        : top.containsKey(name) ? top.get(name) : data.get(name);
    for (JsonNode c : components) {
      if (hidden(c, lookup)) {
        continue;
      }
      String type = FormSchema.type(c);
      String path = FormSchema.path(c);
      if (FormSchema.GROUP.equals(type)) {
        if (path == null) {
          out.putAll(submitted(FormSchema.children(c), prefix, scope, top));
        } else {
          @SuppressWarnings("unchecked")
          Map<String, Object> inner = (Map<String, Object>) scope.getOrDefault(path, Map.of());
          out.put(path, submitted(FormSchema.children(c), prefix + path + ".", inner, top));
        }
      } else if (FormSchema.LIST.equals(type) && path != null) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) scope.getOrDefault(path, List.of());
        List<Map<String, Object>> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          kept.add(submitted(FormSchema.children(c), prefix + path + "[" + i + "].", rows.get(i), top));
        }
        out.put(path, kept);
      } else if (FormSchema.isInput(c)) {
        String key = FormSchema.key(c);
        Object value = scope.get(key);
        String name = prefix + key;
        if (SUBMIT.equals(action) && FormSchema.required(c) && !FormSchema.readonly(c) && empty(value) && !errors.containsKey(name)) {
          errors.put(name, switch (type) {
            case "select", "radio" -> "Maak een keuze.";
            case "checklist", "taglist" -> "Kies minstens één mogelijkheid.";
            case "checkbox" -> "Vink dit aan.";
            default -> "Vul dit veld in.";
          });
        }
        out.put(key, value);
      }
    }
    return out;
  }

  static boolean hidden(JsonNode c, Function<String, Object> lookup) {
    Conditions.Comparison hide = Conditions.parse(FormSchema.hideExpression(c));
    return hide != null && hide.holds(lookup);
  }

  private static boolean empty(Object value) {
    return value == null || Boolean.FALSE.equals(value) || (value instanceof List<?> l && l.isEmpty())
        || (value instanceof String s && s.isBlank());
  }

  private String first(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private List<String> all(String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : values;
  }
}
