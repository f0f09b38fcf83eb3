package cn.supervisiontalk.model;

import cn.supervisiontalk.security.ClaimGuard;
import cn.supervisiontalk.web.TaskCardVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Listeners every user task of every model has, so modellers need not repeat them: the names for
 * the Tasklist card on each new task, and the rule that a person claims only for themself.
 */
@Component
public class EveryUserTask extends AbstractProcessEnginePlugin {

  private final TaskCardVariables cardVariables;
  private final ClaimGuard claimGuard;

  public EveryUserTask(TaskCardVariables cardVariables, ClaimGuard claimGuard) {
    this.cardVariables = cardVariables;
    this.claimGuard = claimGuard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, cardVariables);
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, claimGuard);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
