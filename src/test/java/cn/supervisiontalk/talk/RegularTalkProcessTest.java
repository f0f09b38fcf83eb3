package cn.supervisiontalk.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The regular talk (processes/regular-talk.bpmn) from the office's start to the call of rectification. */
class RegularTalkProcessTest extends ProcessTestSupport {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  static final LocalDate PLANNED = LocalDate.of(2027, 3, 20);


  @BeforeEach
  void today() {
    clockAt(TODAY, 9);
  }

  ProcessInstance start(String organization, String talker) {
    return runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", organization, "talkerId", talker,
        "plannedTalkDate", PLANNED.toString(), "planYear", 2027));
  }

  @Test
  void startsPreparationSelfInspectionAndOneMaterialTaskPerUnit() {
    ProcessInstance talk = start("青山县委", "李建国");

    assertThat(talk).isWaitingAt("prepareTalk", "selfInspection", "provideMaterial")
        .hasBusinessKey(talk.getId())
        .variables().containsEntry("talkeeId", "wanghai").containsEntry("talkerId", "lijianguo")
        .containsEntry("organizationId", "qingshan").containsEntry("talkType", "REGULAR");

    Task preparation = taskOf(talk, "prepareTalk");
    assertThat(preparation).isAssignedTo("lijianguo").hasName("谈话准备");
    assertThat(preparation.getDueDate()).isEqualTo(endOfDayChina(PLANNED.minusDays(1)));
    assertThat(taskOf(talk, "selfInspection")).isAssignedTo("wanghai");
    List<Task> material = tasksOf(talk, "provideMaterial");
    assertThat(material).hasSize(5);
    assertThat(material).extracting(t -> tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("discipline", "organization", "propaganda", "inspection", "audit");
  }

  @Test
  void talkerMustBeTheSecretaryForACountySecretarysRegularTalk() {
    assertThatThrownBy(() -> start("qingshan", "zhaomin"))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("应当由上一级党委书记作为谈话人");
    assertThatThrownBy(() -> start("baisha", "zhouhai"))
        .hasMessageContaining("应当由上一级党委书记作为谈话人");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void anyLeadershipMemberMayTalkToAPartyGroupSecretary() {
    assertThat(start("jiaoyuju", "zhouhai")).isWaitingAt("prepareTalk");
    assertThat(start("renminyiyuan", "zhaomin")).isWaitingAt("prepareTalk");
  }

  @Test
  void talkerMustBeOnTheLeadershipTeam() {
    assertThatThrownBy(() -> start("jiaoyuju", "liuyang"))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("领导班子成员");
  }

  @Test
  void refusesUnknownOrganizationPastDatesAndAWrongTalkee() {
    assertThatThrownBy(() -> start("不存在的县委", "lijianguo"))
        .hasMessageContaining("未找到下级党组织").hasMessageContaining("青山县委");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", TODAY.minusDays(1).toString(), "planYear", 2027)))
        .hasMessageContaining("计划谈话日期不能早于今天");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkeeId", "hanxue", "talkerId", "lijianguo",
        "plannedTalkDate", PLANNED.toString(), "planYear", 2027)))
        .hasMessageContaining("被谈话人应为青山县委现任主要负责人王海");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo", "plannedTalkDate", "2027-13-45")))
        .hasMessageContaining("计划年度").hasMessageContaining("不是有效的日期");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void talkRecordFollowsTheFiveStepsAndTheTalkMustHaveHappened() {
    ProcessInstance talk = start("qingshan", "lijianguo");
    TalkSteps.prepare(this, talk);
    Task record = taskOf(talk, "holdTalk");
    assertThat(record).isAssignedTo("lijianguo");
    assertThat(record.getDueDate()).isEqualTo(endOfDayChina(PLANNED));
    assertThat(tasks.getVariable(record.getId(), "materialsSummary").toString())
        .contains("【市纪委监委】").contains("派员参与谈话: 郑华");

    assertThatThrownBy(() -> tasks.complete(record.getId(), TalkSteps.record(TODAY.plusDays(1))))
        .hasMessageContaining("谈话日期不能晚于今天");
    var missingSteps = TalkSteps.record(TODAY);
    missingSteps.remove("commitment");
    missingSteps.put("problems", "  ");
    assertThatThrownBy(() -> tasks.complete(record.getId(), missingSteps))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("请填写“(五)被谈话人作表态发言”")
        .hasMessageContaining("请填写“(二)谈话人通报有关情况,严肃指出问题”");
    var withoutSelfInspection = TalkSteps.record(TODAY);
    withoutSelfInspection.remove("selfInspectionHeard");
    assertThatThrownBy(() -> tasks.complete(record.getId(), withoutSelfInspection))
        .as("a regular talk's record starts with the talkee's report on his self-inspection")
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("请填写“(一)被谈话人报告自查情况”");
    assertThat(taskOf(talk, "holdTalk")).isNotNull();

    tasks.complete(record.getId(), TalkSteps.record(TODAY));
    assertThat(talks.notes(talk.getId()).selfInspectionHeard()).isEqualTo("报告了自查发现的三方面问题");
    assertThat(talk).isWaitingAt("rectifyAndArchive");
    assertThat(rectificationOf(talk)).isWaitingAt("submitMeasures")
        .variables().containsEntry("talkDate", TODAY.toString()).containsEntry("talkId", talk.getId());
  }

  @Test
  void materialAttendeeMustBelongToTheUnit() {
    ProcessInstance talk = start("qingshan", "lijianguo");
    Task audit = tasksOf(talk, "provideMaterial").stream()
        .filter(t -> "audit".equals(tasks.getVariable(t.getId(), "unit"))).findFirst().orElseThrow();
    assertThatThrownBy(() -> tasks.complete(audit.getId(), vars("material", "审计发现", "attendee", "zhenghua")))
        .hasMessageContaining("应为市审计局的工作人员");
    assertThatThrownBy(() -> tasks.complete(audit.getId(), vars("material", " ")))
        .hasMessageContaining("请填写“有关情况和材料”");
    tasks.complete(audit.getId(), vars("material", "审计发现", "attendee", "hulin"));
    assertThat(jdbc.sql("select attendee_id from talk_material where unit = 'audit'")
        .query(String.class).single()).isEqualTo("hulin");
  }

  @Test
  void aTalkDateBeforeTheTalkWasStartedIsRefused() {
    ProcessInstance talk = start("qingshan", "lijianguo");
    TalkSteps.prepare(this, talk);
    clockAt(PLANNED, 15);
    Task record = taskOf(talk, "holdTalk");

    assertThatThrownBy(() -> tasks.complete(record.getId(), TalkSteps.record(TODAY.minusDays(1))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("谈话日期不能早于本次谈话的发起日期2027年3月1日");
    assertThat(taskOf(talk, "holdTalk")).as("the task stays").isNotNull();
    assertThat(talks.notes(talk.getId()).talkDate()).isNull();

    tasks.complete(record.getId(), TalkSteps.record(TODAY));
    assertThat(talks.notes(talk.getId()).talkDate()).isEqualTo(TODAY);
  }

  @Test
  void aTalkDateBeforeTheRegulationTookEffectIsRefused() {
    LocalDate started = LocalDate.of(2026, 1, 20);
    clockAt(started, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", "2026-01-28", "planYear", 2026));
    TalkSteps.prepare(this, talk);
    clockAt(LocalDate.of(2026, 2, 2), 9);
    Task record = taskOf(talk, "holdTalk");

    assertThatThrownBy(() -> tasks.complete(record.getId(), TalkSteps.record(LocalDate.of(2026, 1, 29))))
        .as("after the start, but before the regulation took effect")
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("谈话日期不能早于2026年1月30日");
    assertThat(taskOf(talk, "holdTalk")).isNotNull();

    tasks.complete(record.getId(), TalkSteps.record(LocalDate.of(2026, 1, 30)));
    assertThat(talk).isWaitingAt("rectifyAndArchive");
  }

  @Test
  void aSecondRegularTalkWhileOneIsOpenIsRefusedNamingTheOpenOne() {
    ProcessInstance first = start("qingshan", "lijianguo");

    assertThatThrownBy(() -> start("青山县委", "李建国"))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("王海同志已有一次定期谈话正在进行")
        .hasMessageContaining("青山县委").hasMessageContaining("谈话人李建国")
        .hasMessageContaining("计划谈话日期2027年3月20日").hasMessageContaining("当前阶段: 谈话准备")
        .hasMessageContaining("另行安排的谈话");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("regularTalk").count()).isEqualTo(1);

    TalkSteps.prepare(this, first);
    clockAt(PLANNED, 15);
    tasks.complete(taskOf(first, "holdTalk").getId(), TalkSteps.record(PLANNED));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", PLANNED.plusDays(10).toString(), "planYear", 2027)))
        .as("still open while the talkee rectifies")
        .hasMessageContaining("当前阶段: 整改落实");

    assertThat(start("jiaoyuju", "zhouhai")).as("another top leader is not affected").isWaitingAt("prepareTalk");
  }

  @Test
  void anAdditionalTalkIsAllowedAndMarked() {
    ProcessInstance first = start("qingshan", "lijianguo");
    ProcessInstance extra = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", PLANNED.plusDays(5).toString(), "planYear", 2027, "additionalTalk", true));

    assertThat(extra).isWaitingAt("prepareTalk", "selfInspection", "provideMaterial");
    assertThat(talks.additional(extra.getId())).isTrue();
    assertThat(talks.additional(first.getId())).isFalse();
    assertThat(jdbc.sql("select additional from talk where id = ?").param(extra.getId())
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void aTalkNoLongerRunningDoesNotBlockTheNextOne() {
    ProcessInstance first = start("qingshan", "lijianguo");
    runtime.deleteProcessInstance(first.getId(), "发起有误");
    assertThat(talks.get(first.getId()).stage()).isEqualTo(TalkStage.CANCELLED);

    assertThat(start("qingshan", "lijianguo")).isWaitingAt("prepareTalk");
  }
}
