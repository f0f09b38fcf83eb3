package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.JsonValues;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * On completing the talk record (article 10): the talk must have taken place, so its date cannot lie
 * in the future, nor before the talk was started or before the regulation took effect. A regular
 * talk's record has all five steps; a timely talk is held 「参照」 them, without the talkee's report on
 * a self-inspection (article 9 asks none of him), so its first step is not kept. The record goes
 * to the talk's record; the talk date and the two rectification
 * deadlines counted from it (article 11: measures within one month, results within three) become
 * the variables the rectification model runs its timers on.
 */
@Component("talkRecordCheck")
public class TalkRecordCheck implements TaskListener {

  private final Deadlines deadlines;
  private final TalkRecords talks;
  private final ApplicationEventPublisher events;
  private final TalkAttendees attendees;

  public TalkRecordCheck(Deadlines deadlines, TalkRecords talks, ApplicationEventPublisher events,
      TalkAttendees attendees) {
    this.events = events;
    this.deadlines = deadlines;
    this.talks = talks;
    this.attendees = attendees;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    String talkId = TalkVariables.talkId(task);
    Talk talk = talks.get(talkId);
    LocalDate talkDate = Dates.tryParse(form.value(TalkVariables.TALK_DATE));
    if (talkDate == null) {
      throw Problems.single("请填写有效的谈话日期。");
    }
    if (talkDate.isAfter(deadlines.today())) {
      throw Problems.single("谈话日期不能晚于今天:请在谈话结束后填写谈话记录。");
    }
    if (talkDate.isBefore(Deadlines.REGULATION_IN_FORCE)) {
      throw Problems.single("谈话日期不能早于" + Deadlines.dayText(Deadlines.REGULATION_IN_FORCE)
          + ":《党委(党组)对下级党组织“一把手”开展监督谈话工作办法》自该日起施行。");
    }
    LocalDate startedOn = talk.startedOn(deadlines.zone());
    if (talkDate.isBefore(startedOn)) {
      throw Problems.single("谈话日期不能早于本次谈话的发起日期" + Deadlines.dayText(startedOn)
          + ":请填写谈话实际进行的日期。");
    }
    boolean timely = talk.talkType() == TalkType.TIMELY;
    String selfInspectionHeard = timely ? null : form.text("selfInspectionHeard");
    if (!timely && selfInspectionHeard.isBlank()) {
      throw Problems.single("请填写“(一)被谈话人报告自查情况”。");
    }
    // the people picked (attendeeIds) by name and unit, then any written in by hand (attendees)
    String attended = attendees.text(FormContext.of(task), JsonValues.strings(form.value("attendeeIds")),
        form.text("attendees"));
    talks.saveNotes(talkId, new Notes(talkDate, attended,
        selfInspectionHeard, form.text("problems"), form.text("explanation"),
        form.text("requirements"), form.text("commitment"), deadlines.now()));
    task.getExecution().setVariable(TalkVariables.TALK_DATE, talkDate.toString());
    if (talk.talkType() == TalkType.REGULAR) {
      events.publishEvent(new RegularTalkHeld(talk.id(), talk.organizationId(), talk.talkeeId(), talkDate));
    }

  }

}
