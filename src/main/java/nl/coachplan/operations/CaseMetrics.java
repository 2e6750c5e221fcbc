package nl.coachplan.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * What operations watch in Prometheus: open tasks per task id, plans per stage and overdue tasks.
 * Each gauge is one count query when scraped; nothing is kept in memory.
 */
@Component
public class CaseMetrics implements ApplicationListener<ApplicationReadyEvent> {

  private final TaskService tasks;
  private final RepositoryService repository;
  private final PlanRepository plans;
  private final MeterRegistry registry;

  public CaseMetrics(TaskService tasks, RepositoryService repository, PlanRepository plans, MeterRegistry registry) {
    this.tasks = tasks;
    this.repository = repository;
    this.plans = plans;
    this.registry = registry;
  }

  /** Once the processes are deployed, so that every user task has its gauge. */
  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    for (String taskId : userTaskIds()) {
      Gauge.builder("coachplan.tasks.open", () -> tasks.createTaskQuery().taskDefinitionKey(taskId).count())
          .description("Open taken per taak").tag("task", taskId).register(registry);
    }
    Gauge.builder("coachplan.tasks.overdue", () -> tasks.createTaskQuery().dueBefore(ProcessValues.startOfDay(ProcessValues.today())).count())
        .description("Open taken over hun uiterste datum").register(registry);
    for (PlanStage stage : PlanStage.values()) {
      Gauge.builder("coachplan.plans", () -> plans.countByStage(stage))
          .description("Plannen per fase").tag("stage", stage.name()).register(registry);
    }
  }

  /** The user tasks of every deployed process, from the models themselves. */
  private Set<String> userTaskIds() {
    Set<String> ids = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().unlimitedList()) {
      repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
          .forEach(task -> ids.add(task.getId()));
    }
    return ids;
  }
}
