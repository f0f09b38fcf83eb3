package cn.supervisiontalk.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Work the application does on its own behalf inside a person's request — starting the notice of an
 * accepted measure, reading a talk's own history to archive it, registering a new top leader as a
 * user — is the engine's, not that person's: it runs without their authorization checks, in their
 * transaction.
 */
@Component
public class EngineWork {

  private final ProcessEngine engine;

  public EngineWork(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T run(Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work::get));
  }

  public void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }
}
