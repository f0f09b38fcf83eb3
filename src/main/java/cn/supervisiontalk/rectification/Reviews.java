package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
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

  /**
   * The review of the results: rectified, returned (the deadline stays), or a finding (perfunctory,
   * false, untruthful) which goes to the competent bodies; with a finding the office may order a
   * second round of rectification by a new date.
   */
  public void results(DelegateTask task) {
    String decision = TalkVariables.resultsDecision(task);
    Submission form = Submission.ofTask(task.getId());
    String comment = form.text("resultsReviewComment");
    if (!"RECTIFIED".equals(decision) && comment.isBlank()) {
      throw Problems.single("审核结论为“退回补充”“敷衍整改”“虚假整改”或“未如实报告整改情况”时,请填写审核意见。");
    }
    boolean finding = !"RECTIFIED".equals(decision) && !"RETURN".equals(decision);
    boolean secondRound = finding && Boolean.TRUE.equals(form.value(SECOND_ROUND));
    LocalDate secondRoundDue = Dates.tryParse(form.value("secondRoundDue"));
    if (secondRound && (secondRoundDue == null || !secondRoundDue.isAfter(deadlines.today()))) {
      throw Problems.single("责令重新整改时,请填写今天以后的重新报告整改情况的截止日期。");
    }
    record(task, Review.Stage.RESULTS, decision, comment);
    String talkId = TalkVariables.talkId(task);
    talks.returnResults(talkId, "RETURN".equals(decision) || secondRound ? comment : null);
    if (!"RETURN".equals(decision)) {
      talks.reviewed(talkId, decision, !secondRound);
      task.getExecution().setVariable(TalkVariables.OUTCOME, decision);
    }
    task.getExecution().setVariable(SECOND_ROUND, secondRound);
    if (secondRound) {
      Date due = deadlines.endOf(secondRoundDue);
      talks.newResultsDue(talkId, OffsetDateTime.ofInstant(due.toInstant(), deadlines.zone()));
      task.getExecution().setVariable(TalkVariables.RESULTS_DUE, due);
    }
  }

  static final String SECOND_ROUND = "secondRound";

  private void record(DelegateTask task, Review.Stage stage, String decision, String comment) {
    repository.insert(TalkVariables.talkId(task), new Review(stage, decision,
        comment.isBlank() ? null : comment, Actor.of(task), deadlines.now()));
  }
}
