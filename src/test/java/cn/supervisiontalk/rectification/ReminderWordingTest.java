package cn.supervisiontalk.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.notification.Notifier;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A reminder names the committee the talkee reports to (article 11: 「向开展谈话的党委(党组)报告」, here
 * 中共江州市委) and writes the deadline as 「X月X日24时前」.
 */
class ReminderWordingTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Notifier notifier = mock(Notifier.class);
  private final TalkRecords talks = mock(TalkRecords.class);
  private final Committee committee = mock(Committee.class);
  private final Deadlines deadlines = new Deadlines("Asia/Shanghai", 7);
  private final Reminders reminders = new Reminders(notifier, talks, deadlines, committee);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void namesTheCommitteeAndTheDeadlineAsTheOfficesWriteIt() {
    LocalDate talkDate = LocalDate.of(2027, 1, 31);
    Date measuresDue = deadlines.monthsAfter(talkDate, 1);
    when(committee.messageName()).thenReturn("中共江州市委");
    when(talks.get("t1")).thenReturn(new Talk("t1", TalkType.REGULAR, "qingshan", "中共青山县委",
        "COUNTY", "wanghai", "王海", "lijianguo", "李建国", 2027, talkDate, null, null, null,
        OffsetDateTime.now(), TalkStage.RECTIFICATION, talkDate, null, null, null, null, null, null,
        false));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("talkId")).thenReturn("t1");
    when(execution.getVariable("measuresDue")).thenReturn(measuresDue);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 2, 21).atTime(9, 0).atZone(CHINA).toInstant()));

    reminders.remind(execution, "MEASURES");

    ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(notifier).send(eq("wanghai"), eq("t1"), subject.capture(), body.capture());
    assertThat(subject.getValue()).isEqualTo("提醒: 请于2月28日24时前向中共江州市委报告整改措施");
    assertThat(body.getValue())
        .contains("李建国同志于2027年1月31日与您开展的监督谈话")
        .contains("您应当于2月28日24时前向中共江州市委报告谈话后的思想认识和整改措施")
        .doesNotContain("党委(党组)").doesNotContain("报送");
  }

  @Test
  void anOverdueReminderSaysSo() {
    LocalDate talkDate = LocalDate.of(2027, 1, 31);
    when(committee.messageName()).thenReturn("中共江州市委");
    when(talks.get("t1")).thenReturn(new Talk("t1", TalkType.TIMELY, "qingshan", "中共青山县委",
        "COUNTY", "wanghai", "王海", "zhaomin", "赵敏", null, talkDate, null, null, "OTHER",
        OffsetDateTime.now(), TalkStage.RECTIFICATION, talkDate, null, null, null, null, null, null,
        false));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("talkId")).thenReturn("t1");
    when(execution.getVariable("resultsDue")).thenReturn(deadlines.monthsAfter(talkDate, 3));
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 5, 3).atTime(9, 0).atZone(CHINA).toInstant()));

    reminders.remind(execution, "RESULTS");

    ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(notifier).send(anyString(), anyString(), subject.capture(), body.capture());
    assertThat(subject.getValue()).isEqualTo("提醒: 整改情况已逾期3天");
    assertThat(body.getValue()).contains("您应当于4月30日24时前向中共江州市委报告整改情况,现已逾期。");
  }
}
