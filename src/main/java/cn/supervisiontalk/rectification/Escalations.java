package cn.supervisiontalk.rectification;

import cn.supervisiontalk.crypto.ConfidentialText;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what the office or the discipline body did about an overdue step (article 17: 督办) with the
 * talk. As {@code escalations} in the models.
 */
@Component("escalations")
public class Escalations {

  private final JdbcClient jdbc;
  private final Deadlines deadlines;
  /** The action taken is encrypted when a key is set (read back by the ledger's TalkEvents). */
  private final ConfidentialText text;

  public Escalations(JdbcClient jdbc, Deadlines deadlines, ConfidentialText text) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.text = text;
  }

  /** On completing a supervision task: the action taken, for "MEASURES" or "RESULTS". */
  public void record(DelegateTask task, String stage) {
    jdbc.sql("insert into talk_escalation (talk_id, stage, action, acted_by, acted_at) values (?, ?, ?, ?, ?)")
        .params(TalkVariables.talkId(task), stage,
            text.seal(Submission.ofTask(task.getId()).text("supervisionAction")), Actor.of(task),
            deadlines.now())
        .update();
  }
}
