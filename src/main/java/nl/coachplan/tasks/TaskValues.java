package nl.coachplan.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.forms.FormSchemas.Input;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;

/**
 * A form's values as plain JSON (lists as arrays, a group as an object, dates yyyy-mm-dd) turned into
 * the variables the Tasklist would have sent for the same form. Only the form's own inputs are
 * taken: an unknown field is refused, so a submission cannot write anything its form does not ask.
 */
final class TaskValues {

  private TaskValues() {}

  static Map<String, Object> variables(Map<String, Input> inputs, Map<String, ?> values) {
    List<Violation> violations = new ArrayList<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      Input input = inputs.get(entry.getKey());
      if (input == null) {
        violations.add(new Violation(entry.getKey(), "Dit formulier heeft geen veld '" + entry.getKey() + "'."));
      } else if (!input.readonly()) {
        Object value = value(input, entry.getKey(), entry.getValue(), violations);
        variables.put(entry.getKey(), input.isGroup() || input.isList() || isList(input) ? ProcessValues.json(value) : value);
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    return variables;
  }

  private static boolean isList(Input input) {
    return "checklist".equals(input.type()) || "taglist".equals(input.type());
  }

  private static Object value(Input input, String field, Object value, List<Violation> violations) {
    if (value == null) {
      return input.isGroup() ? Map.of() : input.isList() || isList(input) ? List.of() : null;
    }
    String label = input.label();
    if (input.isGroup()) {
      if (!(value instanceof Map<?, ?> map)) {
        violations.add(new Violation(field, label + ": verwacht een groep velden."));
        return null;
      }
      return group(input, field, map, violations);
    }
    if (input.isList()) {
      if (!(value instanceof List<?> rows)) {
        violations.add(new Violation(field, label + ": verwacht een lijst."));
        return null;
      }
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String row = field + "[" + (i + 1) + "]";
        if (rows.get(i) instanceof Map<?, ?> map) {
          out.add(group(input, row, map, violations));
        } else {
          violations.add(new Violation(row, label + " " + (i + 1) + ": verwacht een groep velden."));
        }
      }
      return out;
    }
    switch (input.type()) {
      case "number" -> {
        if (value instanceof Number number) {
          BigDecimal decimal = new BigDecimal(number.toString());
          return decimal.stripTrailingZeros().scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
              ? (Object) decimal.longValue() : (Object) decimal.doubleValue();
        }
        violations.add(new Violation(field, label + ": vul een getal in."));
      }
      case "checkbox" -> {
        if (value instanceof Boolean) {
          return value;
        }
        violations.add(new Violation(field, label + ": kies ja of nee."));
      }
      case "checklist", "taglist" -> {
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
          return list;
        }
        violations.add(new Violation(field, label + ": verwacht een lijst van keuzes."));
      }
      case "datetime" -> {
        if (value instanceof String text) {
          if (text.isBlank()) {
            return null;
          }
          try {
            return LocalDate.parse(text.trim()).toString();
          } catch (DateTimeParseException e) {
            // answered below
          }
        }
        violations.add(new Violation(field, label + ": vul een geldige datum in (jjjj-mm-dd)."));
      }
      default -> {
        if (value instanceof String) {
          return value;
        }
        violations.add(new Violation(field, label + ": vul tekst in."));
      }
    }
    return null;
  }

  private static Map<String, Object> group(Input input, String field, Map<?, ?> values, List<Violation> violations) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Input child = input.children().get(key);
      if (child == null) {
        violations.add(new Violation(field + "." + key, input.label() + ": onbekend veld '" + key + "'."));
      } else {
        out.put(key, value(child, field + "." + key, entry.getValue(), violations));
      }
    }
    return out;
  }
}
