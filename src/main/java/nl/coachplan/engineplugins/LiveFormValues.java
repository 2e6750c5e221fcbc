package nl.coachplan.engineplugins;

import nl.coachplan.engine.LiveCopies;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A task's variables as the engine REST APIs hand them out ({@code GET /task/{id}/form-variables},
 * which the Tasklist reads to fill a form, and {@code /variables}), with the live copies computed now.
 */
public class LiveFormValues implements ContainerResponseFilter {

  private static final Set<String> READS = Set.of("form-variables", "variables", "localVariables");

  @Context private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !(response.getEntity() instanceof Map<?, ?> shown)) {
      return;
    }
    List<PathSegment> path = request.getUriInfo().getPathSegments();
    int n = path.size();
    if (n < 3 || !"task".equals(path.get(n - 3).getPath()) || !READS.contains(path.get(n - 1).getPath())) {
      return;
    }
    // Jersey makes this filter, not Spring: the application's beans are found through the servlet context.
    LiveCopies live = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(LiveCopies.class);
    List<String> names = shown.keySet().stream().map(String::valueOf).toList();
    if (!live.anyOf(names)) {
      return;
    }
    Map<String, String> current = live.current(path.get(n - 2).getPath(), names);
    if (current.isEmpty()) {
      return;
    }
    Map<Object, Object> values = new LinkedHashMap<>(shown);
    current.forEach((name, value) -> values.put(name, VariableValueDto.fromTypedValue(Variables.stringValue(value))));
    response.setEntity(values);
  }
}
