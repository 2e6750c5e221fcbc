package nl.coachplan;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * The REST API and the webapps find the engine by its name in a JVM-wide registry. When the test
 * framework closes another test context, that context's engine leaves the registry under the same
 * name; this puts the engine of the running test back.
 */
public final class EngineRegistration {

  private EngineRegistration() {}

  public static synchronized void ensure(ProcessEngine engine) {
    if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered = BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName());
    if (registered != engine) {
      if (registered != null) {
        container.unregisterProcessEngine(registered);
      }
      container.registerProcessEngine(engine);
    }
  }
}
