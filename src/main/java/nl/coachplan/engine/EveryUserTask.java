package nl.coachplan.engine;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that every user task of every process gets without its model naming it
 * (registered by {@code engineplugins.EveryUserTaskListeners}).
 */
public interface EveryUserTask extends TaskListener {

  /** The task event it listens to, such as {@link TaskListener#EVENTNAME_CREATE}. */
  String event();

  /** True for a check that must run before the model's own listeners, so a refusal changes nothing. */
  default boolean beforeModel() {
    return false;
  }
}
