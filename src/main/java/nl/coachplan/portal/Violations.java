package nl.coachplan.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.coachplan.validation.InvalidFormDataException.Violation;

/** The server's refusals placed at the form's fields: its list rows count from 1, the page's from 0. */
final class Violations {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private Violations() {}

  static Map<String, String> byField(List<Violation> violations) {
    Map<String, String> errors = new LinkedHashMap<>();
    int general = 0;
    for (Violation v : violations) {
      String field = v.field() == null || v.field().isBlank() ? "_algemeen" + general++ : fieldName(v.field());
      errors.merge(field, v.message(), (a, b) -> a + " " + b);
    }
    return errors;
  }

  static String fieldName(String serverField) {
    Matcher m = INDEX.matcher(serverField);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "[" + Math.max(0, Integer.parseInt(m.group(1)) - 1) + "]");
    }
    m.appendTail(out);
    return out.toString();
  }
}
