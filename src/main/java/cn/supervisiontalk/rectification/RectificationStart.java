package cn.supervisiontalk.rectification;

import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Rectification receives the talk's id only; from the talk's record it takes who rectifies and the
 * two deadlines counted from the talk (article 11: measures within one month, results within three),
 * which its timers and due dates run on.
 */
@Component("rectificationStart")
public class RectificationStart implements ExecutionListener {

  /** Input of the decision table copy-recipients.dmn (article 12). */
  static final String HOLDING_COMMITTEE_KIND = "holdingCommitteeKind";

  private final TalkRecords talks;
  private final Committee committee;

  public RectificationStart(TalkRecords talks, Committee committee) {
    this.talks = talks;
    this.committee = committee;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Talk talk = talks.get(TalkVariables.talkId(execution));
    execution.setVariable(TalkVariables.TALK_TYPE, talk.talkType().name());
    execution.setVariable(TalkVariables.ORGANIZATION_ID, talk.organizationId());
    execution.setVariable(TalkVariables.TALKEE_ID, talk.talkeeId());
    execution.setVariable(TalkVariables.TALKER_ID, talk.talkerId());
    execution.setVariable(TalkVariables.TALK_DATE, talk.talkDate().toString());
    execution.setVariable(TalkVariables.MEASURES_DUE, Date.from(talk.measuresDue().toInstant()));
    execution.setVariable(TalkVariables.RESULTS_DUE, Date.from(talk.resultsDue().toInstant()));
    execution.setVariable(HOLDING_COMMITTEE_KIND, committee.holdingCommitteeKind());
  }
}
