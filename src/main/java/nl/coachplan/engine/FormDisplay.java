package nl.coachplan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Puts a copy of the case file on a task only where the task's form shows it: a text's
 * {@code {{name}}} or a table's data source {@code =name}, read from the forms under
 * {@code processes/}. A listener that serves several tasks (the plan's overview, financing, remarks)
 * then neither computes nor writes what a form does not show: half of those variables, each a row
 * and some a query. A task whose form is not found gets every copy.
 */
@Component
public class FormDisplay {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)\\s*}}");

  private final Map<String, Set<String>> shownByForm = new HashMap<>();

  public FormDisplay() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.form")) {
      try (InputStream in = resource.getInputStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode form = json.readTree(text);
        Set<String> shown = new HashSet<>();
        Matcher template = TEMPLATE.matcher(text);
        while (template.find()) {
          shown.add(template.group(1));
        }
        form.findValues("dataSource").forEach(source -> {
          if (source.asText().startsWith("=")) {
            shown.add(source.asText().substring(1).trim());
          }
        });
        shownByForm.put(form.path("id").asText(), shown);
      }
    }
  }

  /** What the task's form shows; a task whose form is not known gets every copy. */
  public Copies on(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    Set<String> shown = userTask != null && userTask.getCamundaFormRef() != null
        ? shownByForm.get(userTask.getCamundaFormRef()) : null;
    return new Copies(task, shown);
  }

  /** One task's copies, its form looked up once. */
  public record Copies(DelegateTask task, Set<String> shown) {

    /** Sets the task-local variable if the form shows it; the value is computed only then. */
    public void show(String name, Supplier<Object> value) {
      if (shown == null || shown.contains(name)) {
        task.setVariableLocal(name, value.get());
      }
    }
  }
}
