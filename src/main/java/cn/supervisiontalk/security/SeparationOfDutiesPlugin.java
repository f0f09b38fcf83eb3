package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Installs the {@link SeparationGuard} in front of the engine's commands (both chains). */
@Component
public class SeparationOfDutiesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // one guard per chain: an interceptor knows the next one of its own chain
    configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(configuration,
        configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(withGuard(configuration,
        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(ProcessEngineConfigurationImpl configuration,
      List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = others == null ? new ArrayList<>() : new ArrayList<>(others);
    interceptors.add(new SeparationGuard(configuration));
    return interceptors;
  }
}
