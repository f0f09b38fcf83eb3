package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.notification.Notifier;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Reminds the talkee of a coming deadline, in the regulation's words (article 11: the talkee
 * reports his reflections and measures, and later the results, to the committee that held the
 * talk). As {@code reminders} in the models.
 */
@Component("reminders")
public class Reminders {

  private final Notifier notifier;
  private final TalkRecords talks;
  private final Deadlines deadlines;
  private final Committee committee;

  public Reminders(Notifier notifier, TalkRecords talks, Deadlines deadlines, Committee committee) {
    this.notifier = notifier;
    this.talks = talks;
    this.deadlines = deadlines;
    this.committee = committee;
  }

  /** Sends the reminder for "MEASURES" or "RESULTS". */
  public void remind(DelegateExecution execution, String stage) {
    boolean measures = "MEASURES".equals(stage);
    Date due = measures ? TalkVariables.measuresDue(execution) : TalkVariables.resultsDue(execution);
    Talk talk = talks.get(TalkVariables.talkId(execution));
    String what = measures ? "整改措施" : "整改情况";
    String report = measures ? "谈话后的思想认识和整改措施" : "整改情况";
    String to = execution.getTenantId() == null ? committee.messageName()
        : committee.messageName(execution.getTenantId());
    long daysLeft = deadlines.daysLeft(due);
    String when = deadlines.dueText(due);
    String subject = daysLeft >= 0
        ? "提醒: 请于" + when + "向" + to + "报告" + what
        : "提醒: " + what + "已逾期" + (-daysLeft) + "天";
    String body = talk.talkeeName() + "同志:\n\n"
        + "根据" + talk.talkerName() + "同志于" + Deadlines.dayText(talk.talkDate())
        + "与您开展的监督谈话,您应当于" + when + "向" + to + "报告" + report
        + (daysLeft >= 0 ? ",距截止还有" + daysLeft + "天。" : ",现已逾期。")
        + "请登录监督谈话系统,在任务列表中办理。";
    notifier.send(talk.talkeeId(), talk.id(), subject, body);
  }
}
