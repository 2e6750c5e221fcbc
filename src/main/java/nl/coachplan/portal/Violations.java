package nl.coachplan.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.coachplan.web.Failures;
import nl.coachplan.validation.InvalidFormDataException;
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

  /**
   * The refusal or lost race behind a failure, as errors to show on the form (everything typed
   * stays); any other failure is rethrown for the error page.
   */
  static Map<String, String> refusal(RuntimeException failure) {
    InvalidFormDataException invalid = Failures.invalidForm(failure);
    if (invalid != null) {
      return byField(invalid.getViolations());
    }
    String conflict = Failures.conflict(failure);
    if (conflict != null) {
      return Map.of("_algemeen", conflict);
    }
    throw failure;
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
