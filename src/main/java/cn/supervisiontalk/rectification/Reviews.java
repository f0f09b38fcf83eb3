package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Records the general office's reviews of measures and results. A return, and any outcome other
 * than "rectified", needs a reason, which the talkee then sees on the returned task. The deadline
 * does not move. As {@code reviews} in the models.
 */
@Component("reviews")
public class Reviews {

  private final ReviewRepository repository;
  private final TalkRecords talks;
  private final Deadlines deadlines;

  public Reviews(ReviewRepository repository, TalkRecords talks, Deadlines deadlines) {
    this.repository = repository;
    this.talks = talks;
    this.deadlines = deadlines;
  }

  public void measures(DelegateTask task) {
    String decision = TalkVariables.measuresDecision(task);
    String comment = Submission.ofTask(task.getId()).text("measuresReviewComment");
    if ("RETURN".equals(decision) && comment.isBlank()) {
      throw Problems.single("退回整改措施时,请填写退回理由。");
    }
    record(task, Review.Stage.MEASURES, decision, comment);
    talks.returnMeasures(TalkVariables.talkId(task), "RETURN".equals(decision) ? comment : null);
  }

  public void results(DelegateTask task) {
    String decision = TalkVariables.resultsDecision(task);
    String comment = Submission.ofTask(task.getId()).text("resultsReviewComment");
    if (!"RECTIFIED".equals(decision) && comment.isBlank()) {
      throw Problems.single("审核结论为“退回”“敷衍整改”或“虚假整改”时,请填写理由。");
    }
    record(task, Review.Stage.RESULTS, decision, comment);
    String talkId = TalkVariables.talkId(task);
    talks.returnResults(talkId, "RETURN".equals(decision) ? comment : null);
    if (!"RETURN".equals(decision)) {
      talks.conclude(talkId, decision);
      task.getExecution().setVariable(TalkVariables.OUTCOME, decision);
    }
  }

  private void record(DelegateTask task, Review.Stage stage, String decision, String comment) {
    repository.insert(TalkVariables.talkId(task), new Review(stage, decision,
        comment.isBlank() ? null : comment, Actor.of(task), deadlines.now()));
  }
}
