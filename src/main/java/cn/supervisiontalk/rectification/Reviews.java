package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Actor;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Values;
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
  private final Deadlines deadlines;

  public Reviews(ReviewRepository repository, Deadlines deadlines) {
    this.repository = repository;
    this.deadlines = deadlines;
  }

  public void measures(DelegateTask task) {
    String decision = (String) task.getVariable("measuresDecision");
    String comment = Values.text(task.getVariable("measuresReviewComment"));
    if ("RETURN".equals(decision) && comment.isBlank()) {
      throw Problems.single("退回整改措施时,请填写退回理由。");
    }
    record(task, Review.Stage.MEASURES, decision, comment);
    task.getExecution().setVariable("measuresReturnReason", "RETURN".equals(decision) ? comment : null);
  }

  public void results(DelegateTask task) {
    String decision = (String) task.getVariable("resultsDecision");
    String comment = Values.text(task.getVariable("resultsReviewComment"));
    if (!"RECTIFIED".equals(decision) && comment.isBlank()) {
      throw Problems.single("审核结论为“退回”“敷衍整改”或“虚假整改”时,请填写理由。");
    }
    record(task, Review.Stage.RESULTS, decision, comment);
    task.getExecution().setVariable("resultsReturnReason", "RETURN".equals(decision) ? comment : null);
    if (!"RETURN".equals(decision)) {
      task.getExecution().setVariable("outcome", decision);
    }
  }

  private void record(DelegateTask task, Review.Stage stage, String decision, String comment) {
    repository.insert((String) task.getVariable("talkId"), new Review(stage, decision,
        comment.isBlank() ? null : comment, Actor.of(task), deadlines.now()));
  }

}
