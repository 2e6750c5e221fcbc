package nl.coachplan.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import org.springframework.stereotype.Component;

/** Dutch numbers, amounts and dates for the templates ({@code @fmt.euro(...)}). */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("nl"));

  public String number(BigDecimal value) {
    return Markdown.number(value);
  }

  public String euro(BigDecimal value) {
    return value == null ? "–" : "€ " + Markdown.number(value);
  }

  public String date(LocalDate day) {
    return day == null ? "–" : Markdown.date(day);
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  /** A moment of the case as the municipality reads it: its own zone, day first ("05-12-2026 14:30"). */
  public String time(Instant at) {
    return at == null ? "–" : at.atZone(ProcessValues.ZONE).format(TIME);
  }

  public String moment(Instant at) {
    return at == null ? "–" : at.atZone(ProcessValues.ZONE).format(DATE_TIME);
  }
}
