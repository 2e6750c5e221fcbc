package nl.coachplan.engineplugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.coachplan.engine.LiveCopies;
import nl.coachplan.engine.OptionLists;
import nl.coachplan.engine.ProcessValues;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A form's values as the engine REST APIs hand them out, with what is computed at reading: a task's
 * variables ({@code GET /task/{id}/form-variables}, which the Tasklist reads to fill a form, and
 * {@code /variables}) with the live copies computed now; the form variables of a task or a start form
 * ({@code /process-definition/{id}/form-variables}, {@code key/{key}/form-variables}) with the option
 * lists its form names by {@code valuesKey} (organisations, code lists). The Tasklist reads no
 * variables for a start form, so the deployed start form it shows
 * ({@code /process-definition/{id}/deployed-start-form}) comes with those lists filled in.
 */
public class LiveFormValues implements ContainerResponseFilter {

  private static final Set<String> READS = Set.of("form-variables", "variables", "localVariables");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Context private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
      return;
    }
    List<String> path = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath).toList();
    int n = path.size();
    if (n < 3) {
      return;
    }
    String read = path.get(n - 1);
    if ("task".equals(path.get(n - 3)) && READS.contains(read) && response.getEntity() instanceof Map<?, ?> shown) {
      Map<Object, Object> values = new LinkedHashMap<>(shown);
      boolean changed = liveCopies(path.get(n - 2), shown, values);
      if ("form-variables".equals(read)) {
        changed |= options(bean(OptionLists.class).ofTask(path.get(n - 2)), values);
      }
      if (changed) {
        response.setEntity(values);
      }
      return;
    }
    String[] definition = definition(path);
    if (definition == null) {
      return;
    }
    if ("form-variables".equals(read) && response.getEntity() instanceof Map<?, ?> shown) {
      Map<Object, Object> values = new LinkedHashMap<>(shown);
      if (options(bean(OptionLists.class).ofStartForm(definition[0], definition[1]), values)) {
        response.setEntity(values);
      }
    } else if ("deployed-start-form".equals(read) && response.getEntity() instanceof InputStream form
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
      JsonNode filled = filled(form);
      response.setEntity(JSON.writeValueAsBytes(filled), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }
  }

  private boolean liveCopies(String taskId, Map<?, ?> shown, Map<Object, Object> values) {
    List<String> names = shown.keySet().stream().map(String::valueOf).toList();
    LiveCopies live = bean(LiveCopies.class);
    if (!live.anyOf(names)) {
      return false;
    }
    Map<String, String> current = live.current(taskId, names);
    current.forEach((name, value) -> values.put(name, VariableValueDto.fromTypedValue(Variables.stringValue(value))));
    return !current.isEmpty();
  }

  /** As the Tasklist reads a list variable: JSON, which it parses before the form sees it. */
  private static boolean options(Map<String, List<Map<String, String>>> lists, Map<Object, Object> values) {
    lists.forEach((name, options) -> values.put(name, VariableValueDto.fromTypedValue(ProcessValues.json(options))));
    return !lists.isEmpty();
  }

  /** The start form with each list it names by {@code valuesKey} as its {@code values}. */
  private JsonNode filled(InputStream form) throws IOException {
    JsonNode schema;
    try (form) {
      schema = JSON.readTree(form);
    }
    Map<String, List<Map<String, String>>> lists = bean(OptionLists.class).forForm(schema);
    for (JsonNode component : schema.findParents("valuesKey")) {
      List<Map<String, String>> options = lists.get(component.path("valuesKey").asText());
      if (options != null && component instanceof ObjectNode node) {
        node.remove("valuesKey");
        node.set("values", JSON.valueToTree(options));
      }
    }
    return schema;
  }

  /** {@code [id, key]} of {@code process-definition/{id}/…} or {@code process-definition/key/{key}/…}; else null. */
  private static String[] definition(List<String> path) {
    int n = path.size();
    if ("process-definition".equals(path.get(n - 3))) {
      return new String[] {path.get(n - 2), null};
    }
    if (n >= 4 && "key".equals(path.get(n - 3)) && "process-definition".equals(path.get(n - 4))) {
      return new String[] {null, path.get(n - 2)};
    }
    return null;
  }

  /** Jersey makes this filter, not Spring: the application's beans are found through the servlet context. */
  private <T> T bean(Class<T> type) {
    ApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return context.getBean(type);
  }
}
