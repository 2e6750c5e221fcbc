package nl.coachplan.engine;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Values handed to the engine: JSON for form lists and tables, dates for timers. */
public final class ProcessValues {

  /** Plans, meetings and deadlines are local to Dutch municipalities. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

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
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Sets the engine's clock (the demo replays its story on the story's dates). */
  public static void setClock(java.time.Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }

  /** The engine's clock back on the real time. */
  public static void resetClock() {
    ClockUtil.reset();
  }

  public static LocalDate today() {
    // The engine's clock, so that tests and the demo can move time for the case as for the timers.
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }
}
