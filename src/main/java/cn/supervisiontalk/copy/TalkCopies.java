package cn.supervisiontalk.copy;

import cn.supervisiontalk.audit.AccessTrail;
import cn.supervisiontalk.audit.RequestActor;
import cn.supervisiontalk.audit.TrailAction;
import cn.supervisiontalk.audit.TrailEntry;
import cn.supervisiontalk.copy.CopyRepository.TalkCopy;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.JsonValues;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of processes/talk-copy.bpmn that keep the copy in the application's own tables: 「登记抄送」
 * takes the part as it stands now from the talk's record and names the units the decision table
 * copy-recipients.dmn chose; completing a reading task records who of the unit read it and when.
 * A copy is known by its process instance (one per part copied). As {@code talkCopies} in the
 * models.
 */
@Component("talkCopies")
public class TalkCopies {

  /** The units of the decision table copy-recipients.dmn, in talk-copy.bpmn. */
  static final String RECIPIENTS = "copyRecipients";

  private final CopyRepository copies;
  private final CopyContent content;
  private final TalkRecords talks;
  private final Deadlines deadlines;
  private final AccessTrail trail;

  public TalkCopies(CopyRepository copies, CopyContent content, TalkRecords talks,
      Deadlines deadlines, AccessTrail trail) {
    this.copies = copies;
    this.content = content;
    this.talks = talks;
    this.deadlines = deadlines;
    this.trail = trail;
  }

  /** 「登记抄送」: the part, as it is now, copied to the units of the decision table. */
  public void record(DelegateExecution execution) {
    Talk talk = talks.get(TalkVariables.talkId(execution));
    CopiedPart part = CopiedPart.of((String) execution.getVariable(TalkPartCopy.COPIED_PART));
    List<String> recipients = TalkVariables.strings(execution, RECIPIENTS);
    copies.insert(new TalkCopy(execution.getProcessInstanceId(), talk.id(), part.name(),
        JsonValues.toJson(content.of(talk, part)), deadlines.now()), recipients);
    trail.recordAfterCommit(TrailEntry.of(RequestActor.current(), null, TrailAction.COPY_MADE,
        "talk", talk.id(), TrailEntry.Outcome.SUCCEEDED, null,
        "part=" + part.name() + ";copy=" + execution.getProcessInstanceId()));
  }

  /** On completing a reading task: who of the unit read the copy, and when. */
  public void read(DelegateTask task) {
    copies.read(task.getProcessInstanceId(), TalkVariables.recipient(task), Actor.of(task),
        deadlines.now());
  }
}
