package cn.supervisiontalk.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.archive.ArchiveRepository;
import cn.supervisiontalk.rectification.RectificationSteps;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Timely talks (processes/timely-talk.bpmn) and proposals from cooperating units
 * (processes/talk-proposal.bpmn), both at 100 % flow-node coverage; rectification is the shared
 * called process, covered by its own tests.
 */
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:timely-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class TimelyTalkProcessTest extends ProcessTestSupport {

  static final LocalDate TODAY = LocalDate.of(2027, 5, 10);

  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder()
          .excludeProcessDefinitionKeys("rectification", "regularTalk", "talkCopy")
          .assertClassCoverageAtLeast(1.0).build();
    }
  }

  @Autowired ArchiveRepository archives;

  @BeforeEach
  void today() {
    clockAt(TODAY, 9);
  }

  ProcessInstance start(String organization, String talker, Object trigger, String units) {
    return runtime.startProcessInstanceByKey("timelyTalk", vars(
        "organizationId", organization, "talkerId", talker, "trigger", trigger,
        "facts", "信访举报反映其违规插手工程项目", "plannedTalkDate", TODAY.plusDays(5).toString(),
        "cooperatingUnits", json(units)));
  }

  @ParameterizedTest
  @EnumSource(Trigger.class)
  void eachOfTheSixSituationsStartsATimelyTalkWithoutSelfInspection(Trigger trigger) {
    ProcessInstance talk = start("qingshan", "zhaomin", trigger.name(), "[\"discipline\",\"inspection\"]");

    assertThat(talk).isWaitingAt("prepareTimelyTalk", "provideMaterial")
        .variables().containsEntry("talkType", "TIMELY").containsEntry("trigger", trigger.name())
        .containsEntry("talkeeId", "wanghai");
    assertThat(taskOf(talk, "prepareTimelyTalk")).isAssignedTo("zhaomin").hasName("聚焦问题做好谈话准备");
    assertThat(tasksOf(talk, "provideMaterial")).hasSize(2);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(talk.getId())
        .activityId("selfInspection").count()).isZero();
  }

  @Test
  void withoutPickedUnitsTheTalkerGoesStraightFromPreparationToTheTalk() {
    ProcessInstance talk = start("jiaoyuju", "wufang", "PERSONAL_TENDENCY", "[]");
    assertThat(talk).isWaitingAt("prepareTimelyTalk");
    assertThat(tasksOf(talk, "provideMaterial")).isEmpty();
    tasks.complete(taskOf(talk, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件三件", "preparationIssues", "苗头性问题"));
    runJobs();
    assertThat(talk).isWaitingAt("holdTalk");
    assertThat(tasks.getVariable(taskOf(talk, "holdTalk").getId(), "materialsSummary"))
        .isEqualTo("(协作单位未提供材料)");
  }

  @Test
  void aTalkerLateWithPreparationOrRecordIsRecordedAndPursuedByTheOffice() {
    ProcessInstance talk = start("jiaoyuju", "wufang", "PETITIONS", "[]");
    clockAt(TODAY.plusDays(5), 0);
    assertThat(fireDueTimers()).isEqualTo(1);
    tasks.complete(taskOf(talk, "supervisePreparation").getId(), vars("supervisionAction", "已催办"));
    tasks.complete(taskOf(talk, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件三件", "preparationIssues", "违规插手工程项目"));
    runJobs();
    clockAt(TODAY.plusDays(6), 9);
    assertThat(fireDueTimers()).isEqualTo(1);
    tasks.complete(taskOf(talk, "superviseTalkRecord").getId(), vars("supervisionAction", "已约定谈话时间"));
    assertThat(talk).hasPassed("preparationSupervised", "talkRecordSupervised").isWaitingAt("holdTalk");
    assertThat(jdbc.sql("select kind from accountability_record where talk_id = ? order by id")
        .param(talk.getId()).query(String.class).list())
        .containsExactly("PREPARATION_OVERDUE", "TALK_RECORD_OVERDUE");
  }

  @Test
  void aLateUnitIsRemindedAndTheOfficeWaitsForOneAndGoesAheadWithoutTheOther() {
    ProcessInstance talk = start("jiaoyuju", "wufang", "PETITIONS", "[\"discipline\",\"inspection\"]");
    tasks.complete(taskOf(talk, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件三件", "preparationIssues", "违规插手工程项目"));
    runJobs();
    clockAt(TODAY.plusDays(5), 0);
    assertThat(fireDueTimers()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from notification where talk_id = ?").param(talk.getId())
        .query(Integer.class).single()).isPositive();
    List<Task> decisions = tasksOf(talk, "decideLateMaterial");
    assertThat(decisions).hasSize(2);
    for (Task decision : decisions) {
      String unit = (String) tasks.getVariable(decision.getId(), "lateUnit");
      tasks.complete(decision.getId(), "discipline".equals(unit)
          ? vars("lateMaterialDecision", "WAIT")
          : vars("lateMaterialDecision", "PROCEED", "lateMaterialReason", "巡察尚未覆盖该单位"));
    }
    runJobs();
    assertThat(tasksOf(talk, "provideMaterial")).hasSize(1);
    tasks.complete(taskOf(talk, "provideMaterial").getId(), vars("material", "信访举报情况"));
    runJobs();
    assertThat(talk).hasPassed("lateMaterialDecided").isWaitingAt("holdTalk");
    assertThat(tasks.getVariable(taskOf(talk, "holdTalk").getId(), "materialsSummary").toString())
        .contains("【市纪委监委】信访举报情况").contains("】未提供(办公室决定不再等待: 巡察尚未覆盖该单位)");
  }

  @Test
  void aTimelyTalksRecordFollowsTheFiveStepsWithoutTheSelfInspectionReport() throws Exception {
    ProcessInstance talk = start("jiaoyuju", "wufang", "PERSONAL_TENDENCY", "[]");
    tasks.complete(taskOf(talk, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件三件", "preparationIssues", "苗头性问题"));
    runJobs();
    Task record = taskOf(talk, "holdTalk");
    var withoutSelfInspection = TalkSteps.record(TODAY);
    withoutSelfInspection.remove("selfInspectionHeard");

    tasks.complete(record.getId(), withoutSelfInspection);

    assertThat(talk).isWaitingAt("rectifyAndArchive");
    assertThat(talks.notes(talk.getId()).selfInspectionHeard()).isNull();
    assertThat(talks.notes(talk.getId()).problems()).contains("落实主体责任有温差");
    var steps = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(new java.io.File("forms/hold-talk.form")).findParents("key");
    var step = steps.stream().filter(c -> c.path("key").asText().equals("selfInspectionHeard"))
        .findFirst().orElseThrow();
    assertThat(step.path("conditional").path("hide").asText())
        .as("Tasklist hides the step for a timely talk").isEqualTo("=talkType = \"TIMELY\"");
  }

  @Test
  void aTimelyTalkKeepsNoSelfInspectionStepEvenWhenOneIsSent() {
    ProcessInstance talk = start("jiaoyuju", "wufang", "OTHER", "[]");
    tasks.complete(taskOf(talk, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "有关材料", "preparationIssues", "有关问题"));
    runJobs();
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(TODAY));
    assertThat(talks.notes(talk.getId()).selfInspectionHeard()).isNull();
  }

  @Test
  void refusesAnUnknownSituationAUnitOutsideArticleSixAndATalkerOffTheTeam() {
    assertThatThrownBy(() -> start("qingshan", "zhaomin", "RUMOURS", "[]"))
        .isInstanceOf(NotValidException.class).hasMessageContaining("不在可选范围内");
    assertThatThrownBy(() -> start("qingshan", "zhaomin", "OTHER", "[\"office\"]"))
        .hasMessageContaining("“提供有关情况和材料的单位”的取值“office”不在可选范围内");
    assertThatThrownBy(() -> start("qingshan", "xuming", "OTHER", "[]"))
        .as("the talker picker offers the leadership team only")
        .hasMessageContaining("“谈话人”的取值“xuming”不在可选范围内");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aTimelyTalkWhileARegularTalkIsOpenBothEndUpInTheTalkeesArchive() {
    ProcessInstance regular = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", TODAY.plusDays(20).toString(), "planYear", 2027));
    ProcessInstance timely = start("qingshan", "sunli", "PETITIONS", "[\"discipline\"]");

    tasks.complete(taskOf(timely, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件", "preparationIssues", "插手工程"));
    tasks.complete(taskOf(timely, "provideMaterial").getId(), vars("material", "问题线索情况"));
    runJobs();
    tasks.complete(taskOf(timely, "holdTalk").getId(), TalkSteps.record(TODAY));
    RectificationSteps steps = new RectificationSteps(engine);
    steps.rectifyAndArchive(rectificationOf(timely));
    assertThat(timely).isEnded();

    TalkSteps.prepare(this, regular);
    clockAt(TODAY.plusDays(20), 10);
    tasks.complete(taskOf(regular, "holdTalk").getId(), TalkSteps.record(TODAY.plusDays(20)));
    steps.rectifyAndArchive(rectificationOf(regular));

    List<ArchiveRecord> all = archives.findByTalkee("wanghai");
    assertThat(all).extracting(r -> r.parties().talkType()).containsExactly("TIMELY", "REGULAR");
    assertThat(all.get(0).content().talkRecord()).containsEntry("trigger", "PETITIONS");
    assertThat(all.get(0).content().materials()).hasSize(1);
    assertThat(all.get(1).content().materials()).hasSize(5);
  }

  ProcessInstance propose(String proposer, String organization) {
    return runtime.startProcessInstanceByKey("talkProposal", vars(
        "proposerId", proposer, "organizationId", organization, "trigger", "INSPECTION_FINDINGS",
        "reasons", "巡察发现问题突出", "facts", "巡察反馈问题12个"));
  }

  @Test
  void anAcceptedProposalStartsALinkedTimelyTalkAndTellsTheProposer() {
    ProcessInstance proposal = propose("zhuhong", "xiling");
    Task decide = taskOf(proposal, "decideProposal");
    assertThat(decide).hasCandidateGroup("office");

    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("proposalDecision", "ACCEPT")))
        .hasRootCauseMessage("采纳建议时,请填写谈话人;请填写有效的计划谈话日期。");
    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("proposalDecision", "ACCEPT",
        "talkerId", "liuyang", "plannedTalkDate", TODAY.plusDays(3).toString())))
        .hasRootCauseInstanceOf(NotValidException.class);
    tasks.complete(decide.getId(), vars("proposalDecision", "ACCEPT", "talkerId", "zhouhai",
        "plannedTalkDate", TODAY.plusDays(3).toString(), "cooperatingUnits", json("[\"inspection\"]")));

    String talkId = (String) history.createHistoricVariableInstanceQuery()
        .processInstanceId(proposal.getId()).variableName("timelyTalkId").singleResult().getValue();
    ProcessInstance talk = runtime.createProcessInstanceQuery().processInstanceId(talkId).singleResult();
    assertThat(talk).isWaitingAt("prepareTimelyTalk", "provideMaterial")
        .variables().containsEntry("proposalId", proposal.getId()).containsEntry("talkerId", "zhouhai")
        .containsEntry("talkeeId", "gaojianhua").containsEntry("trigger", "INSPECTION_FINDINGS");
    assertThat(talks.grounds(talkId).facts()).as("the proposal's reasons and facts reach the talk")
        .contains("巡察发现问题突出").contains("巡察反馈问题12个");
    assertThat(talks.get(talkId).proposalId()).isEqualTo(proposal.getId());
    assertThat(jdbc.sql("select decision || ' ' || timely_talk_id from talk_proposal where id = ?")
        .param(proposal.getId()).query(String.class).single()).isEqualTo("ACCEPT " + talkId);

    Task outcome = taskOf(proposal, "readProposalOutcome");
    assertThat(outcome).isAssignedTo("zhuhong");
    assertThat(tasks.getVariable(outcome.getId(), "proposalOutcomeText").toString()).startsWith("已采纳");
    tasks.complete(outcome.getId(), vars("proposalOutcomeRead", true));
    assertThat(proposal).isEnded();
  }

  @Test
  void aDeclinedProposalTellsTheProposerWhy() {
    ProcessInstance proposal = propose("xuming", "baisha");
    Task decide = taskOf(proposal, "decideProposal");
    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("proposalDecision", "DECLINE")))
        .hasRootCauseMessage("不予采纳时,请填写理由。");
    tasks.complete(decide.getId(), vars("proposalDecision", "DECLINE", "declineReason", "已纳入年度定期谈话"));

    Task outcome = taskOf(proposal, "readProposalOutcome");
    assertThat(outcome).isAssignedTo("xuming");
    assertThat(tasks.getVariable(outcome.getId(), "proposalOutcomeText")).isEqualTo("不予采纳。理由: 已纳入年度定期谈话");
    tasks.complete(outcome.getId(), vars("proposalOutcomeRead", true));
    assertThat(proposal).isEnded();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("timelyTalk").count()).isZero();
  }

  @Test
  void aProposalPutIntoTheAnnualPlanIsRecordedWithItsYearAndTellsTheProposer() {
    ProcessInstance proposal = propose("zhuhong", "xiling");
    Task decide = taskOf(proposal, "decideProposal");
    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("proposalDecision", "PLAN")))
        .hasRootCauseMessage("纳入年度定期谈话计划时,请填写计划年度。");
    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("proposalDecision", "PLAN",
        "proposalPlanYear", 2029L))).hasRootCauseMessage("计划年度应为2027年或2028年。");
    tasks.complete(decide.getId(), vars("proposalDecision", "PLAN", "proposalPlanYear", 2028L));

    assertThat(proposal).hasPassed("recordInPlan").hasNotPassed("startTimelyTalk");
    assertThat(jdbc.sql("select decision, plan_year from talk_proposal where id = ?")
        .param(proposal.getId()).query((rs, n) -> rs.getString(1) + " " + rs.getInt(2)).single())
        .isEqualTo("PLAN 2028");
    Task outcome = taskOf(proposal, "readProposalOutcome");
    assertThat(outcome).isAssignedTo("zhuhong");
    assertThat(tasks.getVariable(outcome.getId(), "proposalOutcomeText")).isEqualTo("已纳入2028年度定期谈话计划");
    tasks.complete(outcome.getId(), vars("proposalOutcomeRead", true));
    assertThat(proposal).isEnded();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("timelyTalk").count()).isZero();
    jdbc.sql("delete from talk_proposal where id = ?").param(proposal.getId()).update();
  }

  @Test
  void onlyTheUnitsOfArticleSixMayPropose() {
    assertThatThrownBy(() -> propose("zhaomin", "baisha"))
        .hasMessageContaining("被谈话人人选建议由纪律检查机关、组织(人事)部门、宣传部门、巡视巡察机构或审计机关提出");
    assertThatThrownBy(() -> propose("liuyang", "baisha")).isInstanceOf(NotValidException.class);
  }
}
