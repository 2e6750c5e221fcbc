package nl.coachplan.engineplugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except for two kinds of variables that record nothing a person decided:
 * <ul>
 *   <li>task-local variables: our task listeners put a copy of the case file on each task for its
 *   form (plan overview, financing, contract summary); the case file keeps the data and its
 *   decisions, so writing every copy into the history twice (instance and detail) only made each
 *   step slower and the history larger;</li>
 *   <li>the engine's multi-instance counters ({@code nrOfInstances}, {@code nrOfActiveInstances},
 *   {@code nrOfCompletedInstances}, {@code loopCounter}): the history of the tasks themselves shows
 *   how many there were and when each ended, and the counters changed with every speler's answer.</li>
 * </ul>
 * Variables of executions, which is where form answers go, keep their full history. A variable is
 * left out with all its events (created, updated, deleted), so the history never holds half of one.
 */
@Component
public class HistoryFilter extends AbstractProcessEnginePlugin {

  static final Set<String> MULTI_INSTANCE_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutCopiesAndCounters(new DbHistoryEventHandler()));
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static boolean isLeftOut(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && (variable.getTaskId() != null || MULTI_INSTANCE_COUNTERS.contains(variable.getVariableName()));
  }

  /** The engine's own database handler, minus the variables above. */
  static final class WithoutCopiesAndCounters implements HistoryEventHandler {

    private final HistoryEventHandler database;

    WithoutCopiesAndCounters(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isLeftOut(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
