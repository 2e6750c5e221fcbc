package nl.coachplan.engine;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Starts the next process of a case (hiring after approval, the next contract year) inside the
 * step that leads to it, so both commit together. Started on behalf of the application: the
 * person completing the step need not be allowed to start processes themselves.
 */
@Component
public class FollowUpProcesses {

  private final RuntimeService runtime;
  public FollowUpProcesses(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    return EngineCommands.withoutAuthorization(() -> runtime.startProcessInstanceByKey(processKey, businessKey, variables));
  }
}
