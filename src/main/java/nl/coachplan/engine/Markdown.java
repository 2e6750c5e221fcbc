package nl.coachplan.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Case data shown in Camunda Forms' text fields: escaped so stored text never becomes markup. */
public final class Markdown {

  private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl"));

  private Markdown() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '{', '}' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** € 12.345,67 */
  public static String euro(BigDecimal amount) {
    if (amount == null) {
      return "–";
    }
    return "€ " + new DecimalFormat("#,##0.00", DUTCH).format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** 0,78 */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    return new DecimalFormat("#,##0.##", DUTCH).format(value.setScale(2, RoundingMode.HALF_UP));
  }

  private static final java.time.format.DateTimeFormatter DUTCH_DATE = java.time.format.DateTimeFormatter
      .ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).withZone(ProcessValues.ZONE);

  /** A date as Dutch readers write it: 1 september 2016. */
  public static String date(java.time.LocalDate day) {
    return day == null ? "" : DUTCH_DATE.format(day);
  }

  /** The day of a moment, in the municipality's zone. */
  public static String date(java.time.Instant at) {
    return at == null ? "" : DUTCH_DATE.format(at);
  }
}
