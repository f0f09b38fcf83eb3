package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Rectification receives the talk's id only; from the talk's record it takes who rectifies. Its
 * first step, the decision table rectification-deadlines.dmn, gives the months of article 11
 * (measures one, results three, counted from the talk), from which {@link #deadlines} sets the
 * deadlines its timers and due dates run on.
 */
@Component("rectificationStart")
public class RectificationStart implements ExecutionListener {

  /** Input of the decision table copy-recipients.dmn (article 12). */
  static final String HOLDING_COMMITTEE_KIND = "holdingCommitteeKind";

  private final TalkRecords talks;
  private final Committee committee;
  private final Deadlines deadlines;

  public RectificationStart(TalkRecords talks, Committee committee, Deadlines deadlines) {
    this.talks = talks;
    this.committee = committee;
    this.deadlines = deadlines;
  }

  /**
   * After the decision table rectification-deadlines.dmn: the two deadlines the talkee works to,
   * counted from the talk, on the talk's record and as the variables the timers and due dates use.
   */
  public void deadlines(DelegateExecution execution) {
    Map<String, Object> months = TalkVariables.rectificationMonths(execution);
    Talk talk = talks.get(TalkVariables.talkId(execution));
    Date measuresDue = deadlines.monthsAfter(talk.talkDate(), ((Number) months.get("measuresMonths")).intValue());
    Date resultsDue = deadlines.monthsAfter(talk.talkDate(), ((Number) months.get("resultsMonths")).intValue());
    talks.saveDeadlines(talk.id(), at(measuresDue), at(resultsDue));
    execution.setVariable(TalkVariables.MEASURES_DUE, measuresDue);
    execution.setVariable(TalkVariables.RESULTS_DUE, resultsDue);
  }

  private OffsetDateTime at(Date date) {
    return OffsetDateTime.ofInstant(date.toInstant(), deadlines.zone());
  }

  @Override
  public void notify(DelegateExecution execution) {
    Talk talk = talks.get(TalkVariables.talkId(execution));
    execution.setVariable(TalkVariables.TALK_TYPE, talk.talkType().name());
    execution.setVariable(TalkVariables.ORGANIZATION_ID, talk.organizationId());
    execution.setVariable(TalkVariables.TALKEE_ID, talk.talkeeId());
    execution.setVariable(TalkVariables.TALKER_ID, talk.talkerId());
    execution.setVariable(TalkVariables.TALK_DATE, talk.talkDate().toString());
    execution.setVariable(HOLDING_COMMITTEE_KIND,
        committee.holdingCommitteeKind(execution.getTenantId() != null ? execution.getTenantId()
            : committee.id().orElse(null)));
  }
}
