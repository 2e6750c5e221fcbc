package nl.coachplan.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Values handed to the engine: JSON for form lists and tables, dates for timers. */
public final class ProcessValues {

  /** Plans, meetings and deadlines are local to Dutch municipalities. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProcessValues() {}

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first moment of a day in the municipality's time zone, for timers. */
  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** Now by the engine's clock: case timestamps then agree with the engine's history. */
  public static java.time.Instant now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    // The engine's clock, so that tests and the demo can move time for the case as for the timers.
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }
}
