package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link SubmissionGate} in front of every engine command and replaces the engine's
 * history writer with {@link TaskContentOutOfHistory}; other history handlers (e.g. the starter's
 * Spring event publisher) stay.
 */
@Component
public class EngineGuards extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // one gate per chain: an interceptor knows the next one of its own chain
    configuration.setCustomPreCommandInterceptorsTxRequired(withFirst(
        new SubmissionGate(configuration), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(withFirst(
        new SubmissionGate(configuration), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new TaskContentOutOfHistory());
    configuration.setCustomHistoryEventHandlers(handlers);
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
