package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Makes the accountability records of article 17: a missed deadline, a perfunctory or a false
 * rectification. As {@code accountability} in the models.
 */
@Component("accountability")
public class Accountability {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final AccountabilityRepository repository;
  private final ReviewRepository reviews;
  private final TalkRecords talks;
  private final Deadlines deadlines;

  public Accountability(AccountabilityRepository repository, ReviewRepository reviews,
      TalkRecords talks, Deadlines deadlines) {
    this.repository = repository;
    this.reviews = reviews;
    this.talks = talks;
    this.deadlines = deadlines;
  }

  /** Records a missed deadline ("MEASURES" or "RESULTS"); true the first time for this talk. */
  public boolean missedDeadline(DelegateExecution execution, String stage) {
    boolean measures = "MEASURES".equals(stage);
    Date due = measures ? TalkVariables.measuresDue(execution) : TalkVariables.resultsDue(execution);
    Talk talk = talks.get(TalkVariables.talkId(execution));
    String detail = talk.talkeeName() + "未于" + deadlines.dueText(due)
        + (measures ? "报告整改措施" : "报告整改情况");
    return repository.insertOnce(talk.id(), talk.talkeeId(),
        measures ? AccountabilityKind.MEASURES_OVERDUE : AccountabilityKind.RESULTS_OVERDUE,
        detail, deadlines.now());
  }

  /**
   * Records that the talker did not finish a step of his own in time ("PREPARATION" or
   * "TALK_RECORD"): his duty is tracked like the talkee's (article 17).
   */
  public void talkerOverdue(DelegateExecution execution, String stage) {
    Talk talk = talks.get(TalkVariables.talkId(execution));
    boolean preparation = "PREPARATION".equals(stage);
    String detail = "谈话人" + talk.talkerName() + "未在期限内完成" + (preparation ? "谈话准备" : "谈话并形成谈话记录")
        + "(计划谈话日期" + DAY.format(talk.plannedTalkDate()) + ")";
    repository.insertOnce(talk.id(), talk.talkeeId(),
        preparation ? AccountabilityKind.PREPARATION_OVERDUE : AccountabilityKind.TALK_RECORD_OVERDUE,
        detail, deadlines.now());
  }

  /**
   * Records what the office found reviewing the results: perfunctory or false rectification, or
   * results not truthfully reported (a finding; the competent bodies decide on accountability).
   */
  public void outcome(DelegateExecution execution) {
    Talk talk = talks.get(TalkVariables.talkId(execution));
    AccountabilityKind kind = AccountabilityKind.valueOf(talk.outcome());
    String reason = reviews.findByTalk(talk.id()).stream()
        .filter(r -> r.stage() == Review.Stage.RESULTS).reduce((a, b) -> b)
        .map(Review::comment).orElse("");
    repository.insertOnce(talk.id(), talk.talkeeId(), kind, kind.label() + ": " + reason,
        deadlines.now());
  }
}
