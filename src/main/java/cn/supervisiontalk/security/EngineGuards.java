package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link SubmissionGate} in front of every engine command and replaces the engine's
 * history writer with {@link TaskContentOutOfHistory}; other history handlers (e.g. the starter's
 * Spring event publisher) stay.
 */
@Component
public class EngineGuards extends AbstractProcessEnginePlugin {

  private final CommitteeGroups committeeGroups;

  public EngineGuards(@Lazy CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandChains.addInFront(configuration,
        () -> new SubmissionGate(configuration, committeeGroups));
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new TaskContentOutOfHistory());
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
