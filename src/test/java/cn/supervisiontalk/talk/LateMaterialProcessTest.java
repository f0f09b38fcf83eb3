package cn.supervisiontalk.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.organization.Directory;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Article 6: a unit that has not delivered its material by its due date is reminded, and the office
 * may let the talk go ahead without it (recorded); one silent unit never blocks a talk.
 */
class LateMaterialProcessTest extends ProcessTestSupport {

  static final LocalDate STARTED = LocalDate.of(2027, 5, 4);
  static final LocalDate PLANNED = LocalDate.of(2027, 5, 20);
  static final String SILENT = "audit";

  @Autowired Directory directory;

  /** A regular talk where everybody but the audit office has done the preparation step. */
  ProcessInstance talkWithASilentUnit() {
    clockAt(STARTED, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "东湖区委", "talkerId", "李建国", "plannedTalkDate", PLANNED.toString(),
        "planYear", 2027, "additionalTalk", true));
    for (Task task : tasksOf(talk, "provideMaterial")) {
      String unit = (String) tasks.getVariable(task.getId(), "unit");
      if (!SILENT.equals(unit)) {
        tasks.complete(task.getId(), vars("material", unit + "提供的情况"));
      }
    }
    tasks.complete(taskOf(talk, "prepareTalk").getId(), vars(
        "preparationMaterials", "巡察反馈意见", "preparationIssues", "主体责任压得不实"));
    tasks.complete(taskOf(talk, "selfInspection").getId(), vars(
        "selfInspectionReport", "对照规定查找出三方面问题"));
    runJobs();
    assertThat(talk).isWaitingAt("provideMaterial");
    return talk;
  }

  Task lateUnitTask(ProcessInstance talk) {
    clockAt(PLANNED.minusDays(1), 23);
    assertThat(fireDueTimers()).as("nobody is late before the day ends").isZero();
    clockAt(PLANNED, 0);
    assertThat(fireDueTimers()).isEqualTo(1);
    return taskOf(talk, "decideLateMaterial");
  }

  @Test
  void aLateUnitIsRemindedAndTheOfficeDecides() {
    ProcessInstance talk = talkWithASilentUnit();
    Task decide = lateUnitTask(talk);

    List<String> members = directory.memberOptions(SILENT).stream().map(m -> m.get("value")).toList();
    assertThat(members).isNotEmpty();
    assertThat(jdbc.sql("select recipient_id from notification where talk_id = ? order by id")
        .param(talk.getId()).query(String.class).list()).containsExactlyElementsOf(members);
    String body = jdbc.sql("select body from notification where talk_id = ? order by id")
        .param(talk.getId()).query(String.class).list().get(0);
    String due = deadlines.dueText(deadlines.preparationDue(PLANNED.toString()));
    assertThat(body).contains(talks.get(talk.getId()).organizationName()).contains(due)
        .contains("中共江州市委");

    assertThat(decide).hasName("协作单位逾期未提供材料").hasCandidateGroup("office");
    assertThat(tasks.getVariable(decide.getId(), "lateUnitName")).isEqualTo(directory.groupName(SILENT));
    assertThat(tasks.getVariable(decide.getId(), "materialDueText")).isEqualTo(due);
    assertThat(tasksOf(talk, "provideMaterial")).hasSize(1);
  }

  @Test
  void goingAheadWithoutTheUnitClosesItsTaskRecordsTheDecisionAndTheTalkIsHeld() {
    ProcessInstance talk = talkWithASilentUnit();
    Task decide = lateUnitTask(talk);
    tasks.claim(decide.getId(), "liuyang");

    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("lateMaterialDecision", "PROCEED")))
        .hasMessageContaining("请填写理由");
    assertThat(tasksOf(talk, "provideMaterial")).hasSize(1);

    tasks.complete(decide.getId(), vars("lateMaterialDecision", "PROCEED",
        "lateMaterialReason", "审计工作尚未开展,无相关材料"));
    runJobs();

    assertThat(tasksOf(talk, "provideMaterial")).isEmpty();
    assertThat(talk).hasPassed("lateMaterialDecided").isWaitingAt("holdTalk");
    assertThat(jdbc.sql("""
        select count(*) from talk_material where talk_id = ? and unit = ? and material is null
          and waived_by = 'liuyang' and waived_at is not null and waiver_reason = ?""")
        .params(talk.getId(), SILENT, "审计工作尚未开展,无相关材料").query(Integer.class).single())
        .isEqualTo(1);
    Object summary = tasks.getVariable(taskOf(talk, "holdTalk").getId(), "materialsSummary");
    assertThat(summary.toString())
        .contains("【" + directory.groupName(SILENT) + "】未提供(办公室决定不再等待: 审计工作尚未开展,无相关材料)")
        .contains("【市纪委监委】discipline提供的情况");
  }

  @Test
  void waitingLeavesTheUnitsTaskOpen() {
    ProcessInstance talk = talkWithASilentUnit();
    Task decide = lateUnitTask(talk);

    tasks.complete(decide.getId(), vars("lateMaterialDecision", "WAIT"));
    runJobs();
    clockAt(PLANNED.plusDays(3), 9);
    assertThat(fireDueTimers()).as("the reminder fires once").isZero();

    assertThat(talk).hasPassed("lateMaterialDecided").isWaitingAt("provideMaterial");
    assertThat(tasksOf(talk, "provideMaterial")).hasSize(1);
    assertThat(tasksOf(talk, "decideLateMaterial")).isEmpty();
    assertThat(jdbc.sql("select count(*) from talk_material where talk_id = ? and unit = ?")
        .params(talk.getId(), SILENT).query(Integer.class).single()).isZero();

    Task late = taskOf(talk, "provideMaterial");
    tasks.complete(late.getId(), vars("material", "审计报告(迟交)"));
    runJobs();
    assertThat(talk).isWaitingAt("holdTalk");
  }
}
