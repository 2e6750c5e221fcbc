package nl.coachplan.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Component;

/**
 * Turns submitted form variables into a validated record, the same way whether they came from the
 * Tasklist or straight from {@code /engine-rest}. Lists arrive as JSON (Camunda Forms), as JSON
 * text, or as Java lists; numbers as any numeric type.
 */
@Component
public class FormReader {

  private final ObjectMapper mapper;
  private final Validator validator;

  public FormReader(Validator validator) {
    this.validator = validator;
    this.mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
    // "" from an emptied form field means "no value", not a parse error.
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
  }

  /** Reads the record's components from the variables; other variables are ignored. */
  public <T extends Record> T read(Map<String, ?> variables, Class<T> type) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      if (variables.containsKey(name)) {
        try {
          values.put(name, plain(variables.get(name), component.getType()));
        } catch (IllegalArgumentException e) {
          violations.add(new Violation(name, label(component) + ": dit is geen geldige JSON-lijst."));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    T form;
    try {
      form = mapper.convertValue(values, type);
    } catch (IllegalArgumentException e) {
      throw new InvalidFormDataException(List.of(typeViolation(type, e)));
    }
    validate(form);
    return form;
  }

  /** Bean Validation of a record built elsewhere (e.g. our own API), with the same messages. */
  public <T> T validate(T form) {
    List<Violation> violations = validator.validate(form).stream()
        .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
        .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
        .toList();
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    return form;
  }

  private Object plain(Object value, Class<?> target) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Date date) {
      // Our forms hold days; a Date variable counts as its day in the municipality's zone.
      return date.toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
    }
    if (value instanceof String text) {
      // A text field keeps its text, also when it starts like JSON ("[dringend] ...").
      if (target == String.class) {
        return text;
      }
      String trimmed = text.trim();
      // JSON text sent as a String variable (e.g. from a script) is read like a Json variable.
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        return parse(trimmed);
      }
      return text;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return value;
    }
    // Spin's JSON values (Camunda Forms lists) print as their JSON text.
    return parse(value.toString());
  }

  private JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Violation typeViolation(Class<?> type, IllegalArgumentException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex() + 1).append(']');
        }
      }
      String field = mapping.getPath().get(0).getFieldName();
      String label = labelOf(type, field);
      if (cause instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
        return new Violation(path.toString(), label + ": onbekend veld '" + unknown.getPropertyName() + "'.");
      }
      return new Violation(path.toString(), label + ": ongeldige waarde (" + path + ").");
    }
    return new Violation("", "De ingevulde gegevens kunnen niet gelezen worden.");
  }

  private static String labelOf(Class<?> type, String field) {
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.getName().equals(field)) {
          return label(component);
        }
      }
    }
    return field;
  }

  private static String label(RecordComponent component) {
    FieldLabel label = component.getAnnotation(FieldLabel.class);
    return label != null ? label.value() : component.getName();
  }
}
