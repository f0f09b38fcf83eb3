package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.notification.Notifier;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Reminds the talkee of a coming deadline. As {@code reminders} in the models. */
@Component("reminders")
public class Reminders {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Notifier notifier;
  private final TalkRecords talks;
  private final Deadlines deadlines;

  public Reminders(Notifier notifier, TalkRecords talks, Deadlines deadlines) {
    this.notifier = notifier;
    this.talks = talks;
    this.deadlines = deadlines;
  }

  /** Sends the reminder for "MEASURES" or "RESULTS". */
  public void remind(DelegateExecution execution, String stage) {
    boolean measures = "MEASURES".equals(stage);
    Date due = measures ? TalkVariables.measuresDue(execution) : TalkVariables.resultsDue(execution);
    Talk talk = talks.get(TalkVariables.talkId(execution));
    String what = measures ? "整改措施" : "整改情况";
    long daysLeft = deadlines.daysLeft(due);
    String when = DAY.format(due.toInstant().atZone(deadlines.zone()));
    String subject = daysLeft >= 0
        ? "提醒: 请于" + when + "前报送" + what
        : "提醒: " + what + "已逾期" + (-daysLeft) + "天";
    String body = talk.talkeeName() + "同志:\n\n"
        + "根据" + talk.talkerName() + "同志于" + talk.talkDate()
        + "与您开展的监督谈话,您应当在" + when + "前向" + "党委(党组)报送" + what
        + (daysLeft >= 0 ? ",距截止还有" + daysLeft + "天。" : ",现已逾期。")
        + "请登录监督谈话系统,在任务列表中办理。";
    notifier.send(talk.talkeeId(), talk.id(), subject, body);
  }
}
