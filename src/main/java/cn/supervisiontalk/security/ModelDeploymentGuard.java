package cn.supervisiontalk.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses scripts in models in every profile ({@link ScriptRefusal}) and, with
 * {@code supervision-talk.models.runtime-deployment: false} (profile prod), deployments by a person
 * ({@link DeploymentGate}).
 */
@Component
public class ModelDeploymentGuard extends AbstractProcessEnginePlugin {

  private final boolean runtimeDeployments;

  public ModelDeploymentGuard(
      @Value("${supervision-talk.models.runtime-deployment:true}") boolean runtimeDeployments) {
    this.runtimeDeployments = runtimeDeployments;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setScriptFactory(new ScriptRefusal());
    CommandChains.addInFront(configuration,
        () -> new DeploymentGate(configuration, runtimeDeployments));
  }
}
