package cn.supervisiontalk.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine's REST API (/engine-rest) with refused input answered as 400 with its Chinese message. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    super.registerAdditionalResources();
    register(RefusedInputMappers.Rest.class);
    register(RefusedInputMappers.Engine.class);
  }
}
