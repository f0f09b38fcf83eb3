package cn.supervisiontalk.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.rectification.AccountabilityRecord;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Article 17 holds the talker to his steps as it holds the talkee to his: a preparation or a talk
 * record not done by its due date is recorded as a finding and the office pursues it, while the
 * talker's task stays open.
 */
class TalkerDutiesProcessTest extends ProcessTestSupport {

  static final LocalDate STARTED = LocalDate.of(2027, 5, 4);
  static final LocalDate PLANNED = LocalDate.of(2027, 5, 20);

  @Autowired AccountabilityRepository findings;

  @Test
  void aLatePreparationAndALateTalkRecordAreRecordedAndPursuedByTheOffice() {
    clockAt(STARTED, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "东湖区委", "talkerId", "李建国", "plannedTalkDate", PLANNED.toString(),
        "planYear", 2027, "additionalTalk", true));

    clockAt(PLANNED.minusDays(1), 23);
    assertThat(fireDueTimers()).as("nothing is late before the day ends").isZero();
    clockAt(PLANNED, 0);
    assertThat(fireDueTimers()).as("the preparation and the units' material").isEqualTo(2);
    for (Task late : tasksOf(talk, "decideLateMaterial")) {
      tasks.complete(late.getId(), vars("lateMaterialDecision", "WAIT"));
    }
    Task pursue = taskOf(talk, "supervisePreparation");
    assertThat(pursue).hasName("督办谈话人逾期事项").hasCandidateGroup("office");
    assertThat(taskOf(talk, "prepareTalk")).as("the talker's task stays").isNotNull();
    assertThat(findings.findByTalk(talk.getId())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.PREPARATION_OVERDUE);
    tasks.complete(pursue.getId(), vars("supervisionAction", "已报告书记,谈话准备三日内完成"));
    assertThat(jdbc.sql("select stage from talk_escalation where talk_id = ?").param(talk.getId())
        .query(String.class).list()).containsExactly("PREPARATION");

    TalkSteps.prepare(this, talk);
    assertThat(talk).isWaitingAt("holdTalk");
    clockAt(PLANNED.plusDays(1), 9);
    assertThat(fireDueTimers()).isEqualTo(1);
    tasks.complete(taskOf(talk, "superviseTalkRecord").getId(),
        vars("supervisionAction", "已约定5月22日开展谈话"));
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(PLANNED.plusDays(1)));

    assertThat(talk).hasPassed("preparationSupervised", "talkRecordSupervised")
        .isWaitingAt("rectifyAndArchive");
    assertThat(findings.findByTalk(talk.getId())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.PREPARATION_OVERDUE, AccountabilityKind.TALK_RECORD_OVERDUE);
    assertThat(findings.findByTalk(talk.getId()).get(1).detail())
        .isEqualTo("谈话人李建国未在期限内完成谈话并形成谈话记录(计划谈话日期2027年5月20日)");
  }
}
