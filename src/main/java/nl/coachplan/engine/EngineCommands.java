package nl.coachplan.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;

/** Work the application does inside a step on its own behalf, whoever completes the step. */
public final class EngineCommands {

  private EngineCommands() {}

  /**
   * Runs without the engine's authorization checks when called inside an engine command (a step, a
   * listener); outside one there is nothing to lift.
   */
  public static <T> T withoutAuthorization(Supplier<T> work) {
    var commandContext = Context.getCommandContext();
    return commandContext == null ? work.get() : commandContext.runWithoutAuthorization(work::get);
  }
}
