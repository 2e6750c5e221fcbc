package nl.coachplan.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.LiveCopies;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.engineplugins.TaskVariables;
import nl.coachplan.forms.FormSchemas;
import nl.coachplan.forms.FormSchemas.Schema;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.NotFound;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The tasks of everyone who works through Coachplan's own API and portal rather than the engine:
 * the caller's open tasks, one task with its form and the values it shows, and completing it with
 * the form's values. Who may do which task is decided by {@link AccessPolicy} from the case file;
 * the engine then runs the step for the caller without checking its own authorizations.
 */
@Service
public class TaskWork {

  private static final int MAX_TASKS = 500;

  public record OpenTask(String id, String taskDefinitionKey, String name, String reference, Instant created, Instant due) {}

  public record TaskView(OpenTask task, JsonNode form, Map<String, Object> data) {}

  private final TaskService tasks;
  private final FormService formService;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskCases cases;
  private final AccessPolicy policy;
  private final FormSchemas forms;
  private final AsCaller asCaller;
  private final LiveCopies live;
  private final FormOptions options;
  private final TaskVariables taskVariables;
  private final ObjectMapper json = new ObjectMapper();

  public TaskWork(TaskService tasks, FormService formService, RuntimeService runtime, HistoryService history, TaskCases cases,
      AccessPolicy policy, FormSchemas forms, AsCaller asCaller, LiveCopies live, FormOptions options, TaskVariables taskVariables) {
    this.tasks = tasks;
    this.formService = formService;
    this.runtime = runtime;
    this.history = history;
    this.cases = cases;
    this.policy = policy;
    this.forms = forms;
    this.asCaller = asCaller;
    this.live = live;
    this.options = options;
    this.taskVariables = taskVariables;
  }

  /** The caller's open tasks, newest first: those offered to its groups or assigned to it, that the case file says are its. */
  public List<OpenTask> open(Viewer viewer) {
    return asApplication(() -> {
      var query = tasks.createTaskQuery();
      if (viewer.groups().isEmpty()) {
        query.taskAssignee(viewer.userId());
      } else {
        query.or().taskCandidateGroupIn(viewer.groups()).taskAssignee(viewer.userId()).endOr();
      }
      List<Task> found = query.orderByTaskCreateTime().desc().listPage(0, MAX_TASKS);
      Map<String, String> keys = businessKeys(found.stream().map(Task::getProcessInstanceId).toList());
      // Each task's case read for all tasks at once: a list costs the same few statements for 1 task or 500.
      Map<String, Object> contributionIds = taskVariables.nearest(
          found.stream().filter(TaskWork::aboutAContribution).toList(), ProcessVariables.CONTRIBUTION_ID);
      Function<Task, TaskCases.Key> caseKey =
          task -> new TaskCases.Key(keys.get(task.getProcessInstanceId()), contributionIds.get(task.getId()));
      Map<TaskCases.Key, TaskCases.TaskCase> taskCases = cases.of(found.stream().map(caseKey).toList());
      List<OpenTask> mine = new ArrayList<>();
      for (Task task : found) {
        String businessKey = keys.get(task.getProcessInstanceId());
        TaskCases.TaskCase taskCase = taskCases.get(caseKey.apply(task));
        if (policy.mayWork(viewer, task.getTaskDefinitionKey(), taskCase.parties(), taskCase.contributionOrganisation())) {
          mine.add(summary(task, taskCase.reference() != null ? taskCase.reference() : businessKey));
        }
      }
      return mine;
    });
  }

  /** A task of the caller with its form and the values the form shows; 404 when unknown or not the caller's. */
  public TaskView view(Viewer viewer, String taskId) {
    return asApplication(() -> {
      Task task = mine(viewer, taskId);
      Schema schema = schema(task);
      Set<String> names = new LinkedHashSet<>(schema.inputs().keySet());
      names.addAll(schema.shown());
      Map<String, Object> data = new LinkedHashMap<>();
      tasks.getVariables(task.getId(), names).forEach((name, value) -> data.put(name, plain(value)));
      data.putAll(live.current(task.getId(), data.keySet()));
      data.putAll(options.lists(schema.shown()));
      return new TaskView(summary(task, reference(task)), schema.json(), data);
    });
  }

  /** Completes the caller's task with its form's values, in one transaction with the case file. */
  public void complete(Viewer viewer, String taskId, Map<String, ?> values) {
    Task task = asApplication(() -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
    if (task == null) {
      throw asApplication(() -> gone(viewer, taskId));
    }
    try {
      asApplication(() -> {
        check(viewer, task);
        return null;
      });
      Map<String, Object> variables = TaskValues.variables(schema(task).inputs(), values == null ? Map.of() : values);
      asCaller.run(viewer.userId(), viewer.groups(), () -> {
        formService.submitTaskForm(taskId, variables);
        return null;
      });
    } catch (nl.coachplan.validation.InvalidFormDataException refused) {
      throw refused;
    } catch (NotFound | Forbidden refused) {
      // Someone may complete the task while it is checked: the task still shows, but its contribution
      // variable has gone with it and the case seems not the caller's. Gone meanwhile is gone, not forbidden.
      if (asApplication(() -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
        throw asApplication(() -> gone(viewer, taskId));
      }
      throw refused;
    } catch (RuntimeException e) {
      // A step's refusal arrives wrapped by the engine: hand it on as the form rule it is.
      var invalid = nl.coachplan.web.Failures.invalidForm(e);
      if (invalid != null) {
        throw invalid;
      }
      // Lost a race with someone completing the same task (the task or its variables went while we
      // read them, or the engine's lock refused us): whatever the loser tripped over, it is 409.
      if (asApplication(() -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
        throw new TaskGone();
      }
      throw e;
    }
  }

  private Task mine(Viewer viewer, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      throw notFound(taskId);
    }
    check(viewer, task);
    return task;
  }

  private void check(Viewer viewer, Task task) {
    TaskCases.TaskCase taskCase = caseOf(task, businessKeys(List.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()));
    if (policy.mayWork(viewer, task.getTaskDefinitionKey(), taskCase.parties(), taskCase.contributionOrganisation())) {
      return;
    }
    if (taskCase.parties() != null && policy.seesCase(viewer, taskCase.parties())) {
      throw new Forbidden("Deze taak is niet voor u of uw organisatie: " + task.getName() + ".");
    }
    throw notFound(task.getId());
  }

  /** A task that is no longer open: done meanwhile (409) if it was the caller's to do, else unknown (404). */
  private RuntimeException gone(Viewer viewer, String taskId) {
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (done == null || done.getEndTime() == null) {
      return notFound(taskId);
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(done.getProcessInstanceId())
        .singleResult();
    TaskCases.TaskCase taskCase = cases.of(instance == null ? null : instance.getBusinessKey(), null);
    boolean wasMine = AccessPolicy.roleOf(done.getTaskDefinitionKey()) == AccessPolicy.TaskRole.SPELER
        ? taskCase.parties() != null && (policy.actsForEveryone(viewer)
            || taskCase.parties().spelers().stream().anyMatch(viewer.organisationSlugs()::contains))
        : policy.mayWork(viewer, done.getTaskDefinitionKey(), taskCase.parties(), null);
    return wasMine ? new TaskGone() : notFound(taskId);
  }

  private static NotFound notFound(String taskId) {
    return new NotFound("Er is geen open taak " + taskId + " voor u.");
  }

  private TaskCases.TaskCase caseOf(Task task, String businessKey) {
    Object contributionId = aboutAContribution(task) ? tasks.getVariable(task.getId(), ProcessVariables.CONTRIBUTION_ID) : null;
    return cases.of(businessKey, contributionId);
  }

  private static boolean aboutAContribution(Task task) {
    return AccessPolicy.roleOf(task.getTaskDefinitionKey()) == AccessPolicy.TaskRole.SPELER;
  }

  private Schema schema(Task task) {
    String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    return forms.byId(formId).orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no known form"));
  }

  private String reference(Task task) {
    String key = businessKeys(List.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
    return key == null || key.isBlank() ? key : nl.coachplan.planintake.CaseOfInstance.planReference(key);
  }

  private Map<String, String> businessKeys(Collection<String> instanceIds) {
    Set<String> ids = new HashSet<>(instanceIds);
    ids.remove(null);
    Map<String, String> keys = new HashMap<>();
    if (!ids.isEmpty()) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids).unlimitedList()) {
        keys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return keys;
  }

  private static OpenTask summary(Task task, String reference) {
    return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        reference == null || reference.isBlank() ? reference : nl.coachplan.planintake.CaseOfInstance.planReference(reference),
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  /** A variable as plain JSON-like Java: Spin JSON parsed, dates as their day. */
  private Object plain(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(ProcessValues.ZONE).toLocalDate().toString();
    }
    if (value instanceof org.camunda.spin.json.SpinJsonNode spin) {
      try {
        return json.readValue(spin.toString(), Object.class);
      } catch (java.io.IOException e) {
        return null;
      }
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value.toString();
  }

  /** Reads as the application: this API's callers need no engine rights, the policy decides. */
  private <T> T asApplication(java.util.function.Supplier<T> work) {
    return asCaller.run(null, List.of(), work);
  }
}
