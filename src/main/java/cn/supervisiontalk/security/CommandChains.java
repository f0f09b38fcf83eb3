package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Puts an interceptor in front of both of the engine's command chains (the one that joins a
 * transaction and the one that starts its own). An interceptor knows the next one of its chain, so
 * each chain gets its own instance.
 */
final class CommandChains {

  private CommandChains() {
  }

  static void addInFront(ProcessEngineConfigurationImpl configuration,
      Supplier<CommandInterceptor> interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withFirst(interceptor.get(), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withFirst(interceptor.get(), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withFirst(CommandInterceptor first,
      List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(first);
    if (others != null) {
      interceptors.addAll(others);
    }
    return interceptors;
  }
}
