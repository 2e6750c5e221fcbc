package nl.coachplan.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A form record as the variables its form submits, so that code acting as a user (the demo, the
 * tests, the benchmark) names no field: the record's components are the form's keys. Lists and
 * nested records go as JSON, as Camunda Forms sends them; days as ISO text; amounts as numbers.
 * A component left null is not sent.
 */
public final class FormValues {

  private static final ObjectMapper READER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private FormValues() {}

  public static Map<String, Object> of(Record form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent component : form.getClass().getRecordComponents()) {
      Object value = read(component, form);
      if (value != null) {
        values.put(component.getName(), variable(value));
      }
    }
    return values;
  }

  /**
   * What a task's form shows prefilled, read into its record: the variables named as the record's
   * components; others are ignored. Numbers of any type, JSON lists and rows as the engine holds them.
   */
  public static <T extends Record> T shown(Map<String, ?> variables, Class<T> form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent component : form.getRecordComponents()) {
      Object value = variables.get(component.getName());
      if (value != null) {
        values.put(component.getName(), value instanceof JsonValue json ? parse(json.getValueSerialized()) : value);
      }
    }
    return READER.convertValue(values, form);
  }

  private static Object variable(Object value) {
    if (value instanceof LocalDate day) {
      return day.toString();
    }
    if (value instanceof BigDecimal amount) {
      return amount.doubleValue();
    }
    if (value instanceof Collection<?> || value instanceof Record || value instanceof Map<?, ?>) {
      return ProcessValues.json(value);
    }
    return value;
  }

  private static JsonNode parse(String json) {
    try {
      return READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Object read(RecordComponent component, Record form) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(form);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
