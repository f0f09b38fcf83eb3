package cn.supervisiontalk.model;

import cn.supervisiontalk.notice.TaskNotices;
import cn.supervisiontalk.security.ClaimGuard;
import cn.supervisiontalk.validation.FormSubmission;
import cn.supervisiontalk.validation.TaskFormValues;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Listeners every model has, so modellers need not repeat them: a start or completion is taken in
 * through its form ({@link FormSubmission}, before the model's own listeners); a new task gets what
 * its form shows ({@link TaskFormValues}) and, after the model's own listeners, its people a notice
 * ({@link TaskNotices}); a person claims only for themself ({@link ClaimGuard}).
 */
@Component
public class EveryUserTask extends AbstractProcessEnginePlugin {

  private final FormSubmission formSubmission;
  private final TaskFormValues formValues;
  private final ClaimGuard claimGuard;
  private final TaskNotices notices;

  public EveryUserTask(FormSubmission formSubmission, TaskFormValues formValues,
      ClaimGuard claimGuard, @Lazy TaskNotices notices) {
    this.formSubmission = formSubmission;
    this.formValues = formValues;
    this.claimGuard = claimGuard;
    this.notices = notices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, formSubmission);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, formValues);
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, claimGuard);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, notices);
      }

      @Override
      public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity) {
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, formSubmission, 0);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
