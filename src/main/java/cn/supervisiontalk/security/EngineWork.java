package cn.supervisiontalk.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Work the process model itself does inside a person's command — starting the notice of an
 * accepted measure, reading a talk's own history to archive it — is the engine's, not that
 * person's: it runs without their authorization checks.
 */
public final class EngineWork {

  private EngineWork() {
  }

  public static <T> T run(Supplier<T> work) {
    if (Context.getCommandContext() == null) {
      return work.get();
    }
    return Context.getCommandContext().runWithoutAuthorization(work::get);
  }

  public static void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }
}
