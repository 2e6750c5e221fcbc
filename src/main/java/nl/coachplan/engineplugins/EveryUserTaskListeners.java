package nl.coachplan.engineplugins;

import java.util.ArrayList;
import java.util.List;
import nl.coachplan.engine.EveryUserTask;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task the application's {@link EveryUserTask} listeners (the completion check
 * against the case file, the task mail) when a model is parsed. Checks go in as built-in
 * listeners, which run before the model's own; the others after them.
 */
@Component
public class EveryUserTaskListeners extends AbstractProcessEnginePlugin {

  // Looked up at the first task event: the listeners need the engine, which this plugin helps build.
  private final ObjectProvider<EveryUserTask> listeners;
  private volatile List<EveryUserTask> found;

  public EveryUserTaskListeners(ObjectProvider<EveryUserTask> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          var definition = behavior.getTaskDefinition();
          for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
              TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
            definition.addBuiltInTaskListener(event, task -> dispatch(task, event, true));
            definition.addTaskListener(event, task -> dispatch(task, event, false));
          }
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(parseListeners);
  }

  private void dispatch(DelegateTask task, String event, boolean beforeModel) {
    List<EveryUserTask> all = found;
    if (all == null) {
      all = found = listeners.orderedStream().toList();
    }
    all.stream().filter(l -> l.beforeModel() == beforeModel && l.event().equals(event))
        .forEach(l -> l.notify(task));
  }
}
