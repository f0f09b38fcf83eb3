package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.rectification.TeamNoticeRepository.TeamNotice;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The talkee's notice to his own leadership team (article 11, processes/measures-notice.bpmn): it is
 * due by the measures' deadline, and on completing 「通报领导班子其他成员」 the date and manner go to
 * the talk's notice record ({@link TeamNoticeRepository}), not into the engine, so the members'
 * acknowledgement tasks carry only the measures. As {@code teamNotices} in the models.
 */
@Component("teamNotices")
public class TeamNotices {

  static final String INFORMED_ON = "informedOn";
  static final String INFORMED_HOW = "informedHow";
  static final String INFORMED_NOTE = "informedNote";

  private final Deadlines deadlines;
  private final TalkRecords talks;
  private final TeamNoticeRepository notices;

  public TeamNotices(Deadlines deadlines, TalkRecords talks, TeamNoticeRepository notices) {
    this.deadlines = deadlines;
    this.talks = talks;
    this.notices = notices;
  }

  /**
   * When the talkee is to have informed his team: by the measures' deadline (one month after the
   * talk); measures accepted after it leave him until the end of today.
   */
  public Date due(Talk talk) {
    Date endOfToday = deadlines.endOf(deadlines.today());
    if (talk.measuresDue() == null) {
      return endOfToday;
    }
    Date measuresDue = Date.from(talk.measuresDue().toInstant());
    return measuresDue.before(endOfToday) ? endOfToday : measuresDue;
  }

  /** On completing 「通报领导班子其他成员」: checks the date and keeps when, how and who. */
  public void recorded(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    String talkId = TalkVariables.talkId(task);
    LocalDate informedOn = Dates.tryParse(form.value(INFORMED_ON));
    if (informedOn == null) {
      throw Problems.single("请填写有效的通报日期。");
    }
    if (informedOn.isAfter(deadlines.today())) {
      throw Problems.single("通报日期不能晚于今天:请在通报之后填写。");
    }
    LocalDate talkDate = talks.get(talkId).talkDate();
    if (talkDate != null && informedOn.isBefore(talkDate)) {
      throw Problems.single("通报日期不能早于谈话日期(" + talkDate.getYear() + "年"
          + talkDate.getMonthValue() + "月" + talkDate.getDayOfMonth() + "日)。");
    }
    String how = form.text(INFORMED_HOW);
    if (!TeamNoticeRepository.MANNERS.containsKey(how)) {
      throw Problems.single("请选择通报方式。");
    }
    String note = form.text(INFORMED_NOTE);
    notices.save(new TeamNotice(talkId, informedOn, how, note.isBlank() ? null : note,
        Actor.of(task), deadlines.now()));
    // kept in the notice record: the members' tasks in this process see only the measures
    task.getExecution().removeVariable(INFORMED_ON);
    task.getExecution().removeVariable(INFORMED_HOW);
  }
}
