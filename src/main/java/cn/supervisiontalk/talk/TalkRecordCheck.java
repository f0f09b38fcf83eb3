package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the talk record (article 10): the talk must have taken place, so its date cannot lie
 * in the future. The date is kept as {@code talkDate} (yyyy-MM-dd); the rectification deadlines run
 * from it.
 */
@Component("talkRecordCheck")
public class TalkRecordCheck implements TaskListener {

  private final Deadlines deadlines;

  public TalkRecordCheck(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate talkDate = Dates.tryParse(task.getVariable("talkDate"));
    if (talkDate == null) {
      throw Problems.single("请填写有效的谈话日期。");
    }
    if (talkDate.isAfter(deadlines.today())) {
      throw Problems.single("谈话日期不能晚于今天:请在谈话结束后填写谈话记录。");
    }
    task.getExecution().setVariable("talkDate", talkDate.toString());
  }
}
