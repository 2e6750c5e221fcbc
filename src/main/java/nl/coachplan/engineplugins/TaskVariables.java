package nl.coachplan.engineplugins;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One variable of many tasks at once, as the engine finds it for each task: on the task, else on its
 * execution, else on that execution's parents. Three statements for any number of tasks, where asking
 * the engine per task costs a few each (a speler's task list reads its contribution this way).
 *
 * <p>Internal because the public API gives no execution's parent: the executions are read with a
 * native query and their parent read from the engine's entity.
 */
@Component
public class TaskVariables {

  private final RuntimeService runtime;
  private final ManagementService management;

  public TaskVariables(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /** The value of {@code name} for each task that has one within reach, by task id. */
  public Map<String, Object> nearest(Collection<Task> tasks, String name) {
    Set<String> instances = new LinkedHashSet<>();
    tasks.forEach(task -> instances.add(task.getProcessInstanceId()));
    instances.remove(null);
    Map<String, Object> found = new HashMap<>();
    if (instances.isEmpty()) {
      return found;
    }
    Map<String, Object> onTask = new HashMap<>();
    Map<String, Object> onExecution = new HashMap<>();
    for (VariableInstance variable : runtime.createVariableInstanceQuery().variableName(name)
        .processInstanceIdIn(instances.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
      if (variable.getTaskId() != null) {
        onTask.put(variable.getTaskId(), variable.getValue());
      } else {
        onExecution.put(variable.getExecutionId(), variable.getValue());
      }
    }
    Map<String, String> parents = parents(instances);
    for (Task task : tasks) {
      if (onTask.containsKey(task.getId())) {
        found.put(task.getId(), onTask.get(task.getId()));
        continue;
      }
      for (String execution = task.getExecutionId(); execution != null; execution = parents.get(execution)) {
        if (onExecution.containsKey(execution)) {
          found.put(task.getId(), onExecution.get(execution));
          break;
        }
      }
    }
    return found;
  }

  private Map<String, String> parents(Set<String> instances) {
    StringJoiner in = new StringJoiner(", ", "(", ")");
    var query = runtime.createNativeExecutionQuery();
    int i = 0;
    for (String instance : instances) {
      in.add("#{i" + i + "}");
      query.parameter("i" + i, instance);
      i++;
    }
    query.sql("SELECT * FROM " + management.getTableName(ExecutionEntity.class) + " WHERE PROC_INST_ID_ IN " + in);
    Map<String, String> parents = new HashMap<>();
    List<Execution> executions = query.list();
    for (Execution execution : executions) {
      parents.put(execution.getId(), ((ExecutionEntity) execution).getParentId());
    }
    return parents;
  }
}
