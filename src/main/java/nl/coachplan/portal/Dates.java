package nl.coachplan.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.coachplan.engine.ProcessValues;

/** Moments on the portal, in the municipality's zone and in Dutch. */
final class Dates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl"))
      .withZone(ProcessValues.ZONE);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag("nl"))
      .withZone(ProcessValues.ZONE);

  private Dates() {}

  static String day(Instant at) {
    return at == null ? "" : DAY.format(at);
  }

  static String moment(Instant at) {
    return at == null ? "" : MOMENT.format(at);
  }
}
