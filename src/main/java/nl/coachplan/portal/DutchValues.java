package nl.coachplan.portal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and dates as Dutch people type and read them: 1.234,56 and 31-12-2016. */
final class DutchValues {

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

  private DutchValues() {}

  /** A refusal of what was typed, in Dutch, shown at the field. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Accepts "1.234,56", "1234,56", "1234.56" and "€ 1.234": with both marks the last one is the
   * decimal mark; a lone dot before exactly three digits groups thousands, as a Dutch reader reads it.
   */
  static BigDecimal number(String typed) throws Unreadable {
    String text = typed.replace("€", "").replace(" ", "").replace("\u00a0", "").trim();
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1) : text;
    if (digits.isEmpty() || !digits.matches("[\\d.,]+") || !Character.isDigit(digits.charAt(0))) {
      throw new Unreadable("Vul een getal in, bijvoorbeeld 1.234,56.");
    }
    int comma = digits.lastIndexOf(',');
    int dot = digits.lastIndexOf('.');
    String whole;
    String fraction;
    if (comma < 0 && dot < 0) {
      whole = digits;
      fraction = null;
    } else if (comma < 0 && GROUPED.matcher(digits).matches() && !digits.startsWith("0.")) {
      whole = digits.replace(".", "");
      fraction = null;
    } else {
      int mark = Math.max(comma, dot);
      char grouping = mark == comma ? '.' : ',';
      whole = digits.substring(0, mark);
      fraction = digits.substring(mark + 1);
      if (whole.indexOf(grouping) >= 0) {
        if (!whole.matches("\\d{1,3}(\\" + grouping + "\\d{3})+")) {
          throw new Unreadable("Dit getal is niet goed leesbaar. Schrijf het als 1.234,56 of 1234,56.");
        }
        whole = whole.replace(String.valueOf(grouping), "");
      }
    }
    if (!whole.matches("\\d+") || (fraction != null && !fraction.matches("\\d+"))) {
      throw new Unreadable("Dit getal is niet goed leesbaar. Schrijf het als 1.234,56 of 1234,56.");
    }
    BigDecimal value = new BigDecimal(whole + (fraction == null ? "" : "." + fraction));
    return negative ? value.negate() : value;
  }

  /** dd-mm-jjjj (also d-m-jjjj, with / or .), or yyyy-mm-dd as the server writes it. */
  static LocalDate date(String typed) throws Unreadable {
    String text = typed.trim();
    Matcher dutch = DATE.matcher(text);
    Matcher iso = ISO_DATE.matcher(text);
    try {
      if (dutch.matches()) {
        return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)), Integer.parseInt(dutch.group(1)));
      }
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
    } catch (DateTimeException e) {
      throw new Unreadable("Deze datum bestaat niet. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2016.");
    }
    throw new Unreadable("Vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2016.");
  }

  /** A stored date (yyyy-mm-dd, or a moment) as shown in the field: dd-mm-jjjj; anything else as it is. */
  static String showDate(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate day) {
      return String.format("%02d-%02d-%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
    Matcher iso = ISO_DATE.matcher(value.toString().trim());
    return iso.matches() ? iso.group(3) + "-" + iso.group(2) + "-" + iso.group(1) : value.toString();
  }

  /** A stored number as typed back into a field: 1234,5 (a decimal comma, no grouping, so it reads back the same). */
  static String showNumber(Object value) {
    if (value == null) {
      return "";
    }
    BigDecimal number;
    try {
      number = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return value.toString();
    }
    number = number.stripTrailingZeros();
    if (number.scale() < 0) {
      number = number.setScale(0);
    }
    return number.toPlainString().replace('.', ',');
  }

  /** A number in running text or a table: 1.234,56. */
  static String readable(Object value) {
    if (value instanceof Number n) {
      BigDecimal number = new BigDecimal(n.toString()).stripTrailingZeros();
      java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
          java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl")));
      return format.format(number);
    }
    if (value instanceof Boolean b) {
      return b ? "ja" : "nee";
    }
    return value == null ? "" : value.toString();
  }
}
