package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the talk record (article 10): the talk must have taken place, so its date cannot lie
 * in the future. The record goes to the talk's record; the talk date and the two rectification
 * deadlines counted from it (article 11: measures within one month, results within three) become
 * the variables the rectification model runs its timers on.
 */
@Component("talkRecordCheck")
public class TalkRecordCheck implements TaskListener {

  private final Deadlines deadlines;
  private final TalkRecords talks;

  public TalkRecordCheck(Deadlines deadlines, TalkRecords talks) {
    this.deadlines = deadlines;
    this.talks = talks;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    LocalDate talkDate = Dates.tryParse(form.value(TalkVariables.TALK_DATE));
    if (talkDate == null) {
      throw Problems.single("请填写有效的谈话日期。");
    }
    if (talkDate.isAfter(deadlines.today())) {
      throw Problems.single("谈话日期不能晚于今天:请在谈话结束后填写谈话记录。");
    }
    Date measuresDue = deadlines.measuresDue(talkDate);
    Date resultsDue = deadlines.resultsDue(talkDate);
    talks.saveNotes(TalkVariables.talkId(task), new Notes(talkDate, blankToNull(form.text("attendees")),
        form.text("selfInspectionHeard"), form.text("problems"), form.text("explanation"),
        form.text("requirements"), form.text("commitment"), deadlines.now()),
        time(measuresDue), time(resultsDue));
    task.getExecution().setVariable(TalkVariables.TALK_DATE, talkDate.toString());
    task.getExecution().setVariable(TalkVariables.MEASURES_DUE, measuresDue);
    task.getExecution().setVariable(TalkVariables.RESULTS_DUE, resultsDue);
  }

  private OffsetDateTime time(Date date) {
    return OffsetDateTime.ofInstant(date.toInstant(), deadlines.zone());
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
