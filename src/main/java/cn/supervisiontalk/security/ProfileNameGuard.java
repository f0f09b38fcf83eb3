package cn.supervisiontalk.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link ProfileNames} in front of the engine's commands. */
@Component
public class ProfileNameGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandChains.addInFront(configuration, () -> new ProfileNames(configuration));
  }
}
