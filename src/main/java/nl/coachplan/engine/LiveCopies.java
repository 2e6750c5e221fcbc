package nl.coachplan.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Computes the live copies ({@link LiveCopy}) of a task when its form is read: by the Tasklist through
 * either engine REST API ({@code engineplugins.LiveFormValues}) and by the portal's task API. Reading is where it is
 * cheap: one figure for one form that someone opens, where refreshing every open task of a round at
 * every change would write each of them again and miss any change not hooked.
 */
@Component
public class LiveCopies {

  private final Map<String, LiveCopy> byName;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public LiveCopies(List<LiveCopy> copies, TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.byName = copies.stream().collect(Collectors.toMap(LiveCopy::name, Function.identity()));
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  public boolean anyOf(Collection<String> names) {
    return names.stream().anyMatch(byName::containsKey);
  }

  /** The current values of those of these variables of the task that are live; empty when none is. */
  public Map<String, String> current(String taskId, Collection<String> names) {
    if (!anyOf(names)) {
      return Map.of();
    }
    // The caller has read the task's variables already; the case's key is the application's to look up.
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      ProcessInstance instance = task == null || task.getProcessInstanceId() == null ? null
          : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
      if (instance == null || instance.getBusinessKey() == null) {
        return Map.of();
      }
      Map<String, String> current = new HashMap<>();
      for (String name : names) {
        LiveCopy copy = byName.get(name);
        String value = copy == null ? null : copy.current(instance.getBusinessKey());
        if (value != null) {
          current.put(name, value);
        }
      }
      return current;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
