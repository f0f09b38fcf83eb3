package cn.supervisiontalk.web;

import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.validation.FormOptions;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import cn.supervisiontalk.security.CommitteeGroups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;

/**
 * Registers {@link DeployedFormOptions} on the engine APIs, after the request limits and the
 * logins (security.SecurityFilters, orders 1 to 3). The engine is looked up lazily, as there.
 */
@Configuration
public class DeployedFormFilters {

  @Bean
  public FilterRegistrationBean<DeployedFormOptions> deployedFormOptions(FormOptions options,
      @Lazy TaskService tasks, EngineWork engineWork, @Lazy IdentityService identity,
      CommitteeGroups committees) {
    FilterRegistrationBean<DeployedFormOptions> registration = new FilterRegistrationBean<>(
        new DeployedFormOptions(options, tasks, engineWork, identity, committees));
    registration.setName("deployedFormOptions");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(4);
    return registration;
  }
}
