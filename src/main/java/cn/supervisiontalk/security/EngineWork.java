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

  /**
   * Work that passes from one committee to another (a report submitted upward, the answer sent
   * back): on the engine's behalf, without the tenant check that keeps each person to their own
   * committees' instances.
   */
  public void runAcrossCommittees(Runnable work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      boolean tenantCheck = context.isTenantCheckEnabled();
      context.disableTenantCheck();
      try {
        return context.runWithoutAuthorization(() -> {
          work.run();
          return null;
        });
      } finally {
        if (tenantCheck) {
          context.enableTenantCheck();
        }
      }
    });
  }

  public void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }
}
