package cn.supervisiontalk.rectification;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Sends accepted measures on first-responsibility duties to the other leadership team members
 * (article 11) as a process of their own (processes/measures-notice.bpmn) that carries these
 * talk's id and the members; each member's task shows these measures and nothing else of the talk
 * (article 16). As {@code measuresNotice} in the models.
 */
@Component("measuresNotice")
public class MeasuresNotice implements JavaDelegate {

  private final RuntimeService runtime;
  private final Directory directory;

  private final EngineWork engineWork;

  public MeasuresNotice(@Lazy RuntimeService runtime, Directory directory, EngineWork engineWork) {
    this.engineWork = engineWork;
    this.runtime = runtime;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String talkId = TalkVariables.talkId(execution);
    engineWork.run(() -> runtime.startProcessInstanceByKey("measuresNotice", talkId, Variables.createVariables()
        .putValue(TalkVariables.TALK_ID, talkId)
        .putValue("members", directory.otherLeadershipMembers(TalkVariables.talkerId(execution)))));
  }
}
