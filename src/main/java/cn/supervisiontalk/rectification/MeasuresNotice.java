package cn.supervisiontalk.rectification;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Article 11: the talkee shares his accepted measures on first-responsibility duties with the other
 * members of his own leadership team (the county committee's standing committee, the 党组's
 * members), not with the holding committee's leadership, which receives all measures anyway. Starts
 * processes/measures-notice.bpmn, by the message its start event waits for, with the talk's id,
 * the talkee, his team and the date the notice
 * is due: the talkee records when and how he informed them, then each member's task shows these
 * measures and nothing else of the talk (article 16). As {@code measuresNotice} in the models.
 */
@Component("measuresNotice")
public class MeasuresNotice implements JavaDelegate {

  /** The message that starts processes/measures-notice.bpmn (its message start event). */
  static final String MESSAGE = "firstResponsibilityMeasuresAccepted";

  private final RuntimeService runtime;
  private final Directory directory;
  private final TalkRecords talks;
  private final TeamNotices notices;
  private final EngineWork engineWork;

  public MeasuresNotice(@Lazy RuntimeService runtime, Directory directory, TalkRecords talks,
      TeamNotices notices, EngineWork engineWork) {
    this.runtime = runtime;
    this.directory = directory;
    this.talks = talks;
    this.notices = notices;
    this.engineWork = engineWork;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String talkId = TalkVariables.talkId(execution);
    Talk talk = talks.get(talkId);
    engineWork.run(() -> runtime.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(talkId)
        .setVariables(Variables.createVariables()
            .putValue(TalkVariables.TALK_ID, talkId)
            .putValue(TalkVariables.TALKEE_ID, talk.talkeeId())
            .putValue("noticeDue", notices.due(talk))
            .putValue("members", directory.talkeeTeam(talk.organizationId())))
        .correlateStartMessage());
  }
}
