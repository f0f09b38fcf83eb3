package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkParts.Preparation;
import cn.supervisiontalk.talk.TalkParts.SelfInspection;
import cn.supervisiontalk.validation.Submission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Keeps what the talker and the talkee hand in before the talk in the talk's record: the talker's
 * preparation, the talkee's self-inspection (article 9). As {@code talkProgress} in the models.
 */
@Component("talkProgress")
public class TalkProgress {

  private final TalkRecords talks;
  private final Deadlines deadlines;

  public TalkProgress(TalkRecords talks, Deadlines deadlines) {
    this.talks = talks;
    this.deadlines = deadlines;
  }

  public void prepared(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    talks.savePreparation(TalkVariables.talkId(task), new Preparation(
        form.text("preparationMaterials"), form.text("preparationIssues"), deadlines.now()));
  }

  public void selfInspected(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    talks.saveSelfInspection(TalkVariables.talkId(task),
        new SelfInspection(form.text("selfInspectionReport"), deadlines.now()));
  }

  /** At the end of the talk's process: a talk deleted before its archive is marked cancelled. */
  public void ended(DelegateExecution execution) {
    if (execution.isCanceled()) {
      talks.cancelled(TalkVariables.talkId(execution), deadlines.now());
    }
  }
}
