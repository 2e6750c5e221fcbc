package nl.coachplan.portal;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple FEEL of the forms' {@code conditional.hide}: {@code =name != "value"}, {@code =name = "value"}
 * (also true, false, null and numbers). Anything else is not understood: the field is then always shown.
 */
final class Conditions {

  private static final Pattern COMPARISON =
      Pattern.compile("=\\s*([A-Za-z_][\\w]*)\\s*(!=|=)\\s*(\"([^\"]*)\"|true|false|null|-?\\d+(?:\\.\\d+)?)\\s*");

  private Conditions() {}

  /** A parsed condition: hidden when {@code variable op literal} holds. */
  record Comparison(String variable, boolean equals, Object literal) {

    boolean holds(Function<String, Object> lookup) {
      Object actual = lookup.apply(variable);
      boolean same = literal instanceof BigDecimal number
          ? actual != null && isNumber(actual) && number.compareTo(new BigDecimal(actual.toString())) == 0
          : literal == null ? actual == null || "".equals(actual) : literal.equals(actual);
      return equals == same;
    }

    private static boolean isNumber(Object value) {
      return value instanceof Number || value.toString().matches("-?\\d+(\\.\\d+)?");
    }
  }

  static Comparison parse(String expression) {
    if (expression == null) {
      return null;
    }
    Matcher m = COMPARISON.matcher(expression);
    if (!m.matches()) {
      return null;
    }
    String text = m.group(3);
    Object literal = m.group(4) != null ? m.group(4)
        : "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : "null".equals(text) ? null : new BigDecimal(text);
    return new Comparison(m.group(1), "=".equals(m.group(2)), literal);
  }
}
