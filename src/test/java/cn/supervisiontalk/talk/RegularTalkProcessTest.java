package cn.supervisiontalk.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.rectification.AccountabilityRecord;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.rectification.RectificationSteps;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The regular talk (processes/regular-talk.bpmn) from the office's start to its end, with a unit late
 * with its material and a talker late with his steps; every node of the model is covered.
 */
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:regular-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class RegularTalkProcessTest extends ProcessTestSupport {

  /** Every node of the regular talk; rectification and the team notice have their own tests. */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder()
          .excludeProcessDefinitionKeys("rectification", "measuresNotice", "talkCopy")
          .assertClassCoverageAtLeast(1.0).build();
    }
  }

  @Autowired Directory directory;
  @Autowired AccountabilityRepository findings;

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
    ProcessInstance talk = start("qingshan", "lijianguo");

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
        .as("the talker picker offers the leadership team only")
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("“谈话人”的取值“liuyang”不在可选范围内");
  }

  @Test
  void refusesUnknownOrganizationPastDatesAndAWrongTalkee() {
    assertThatThrownBy(() -> start("nosuchcounty", "lijianguo"))
        .hasMessageContaining("“被谈话人所在党组织”的取值“nosuchcounty”不在可选范围内");
    assertThatThrownBy(() -> start("青山县委", "lijianguo"))
        .as("the form hands in the organization's id, not its name")
        .hasMessageContaining("应提交“qingshan”");
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

    assertThatThrownBy(() -> start("qingshan", "lijianguo"))
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

  @Test
  void aHeldTalkIsRectifiedAndArchivedAndTheTalkEnds() {
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "xiling", "talkerId", "lijianguo", "plannedTalkDate", PLANNED.toString(),
        "planYear", 2027, "additionalTalk", true));
    TalkSteps.prepare(this, talk);
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(TODAY));
    assertThat(talk).isWaitingAt("rectifyAndArchive");
    new RectificationSteps(engine).rectifyAndArchive(talk);
    assertThat(talk).isEnded().hasPassed("talkArchived");
    assertThat(talks.get(talk.getId()).stage()).isEqualTo(TalkStage.ARCHIVED);
  }

  // ---- article 6: a unit that has not delivered its material by its due date is reminded, and
  // the office may let the talk go ahead without it (recorded); one silent unit never blocks a talk


  static final LocalDate LATE_STARTED = LocalDate.of(2027, 5, 4);
  static final LocalDate LATE_PLANNED = LocalDate.of(2027, 5, 20);
  static final String SILENT = "audit";


  /** A regular talk where everybody but the audit office has done the preparation step. */
  ProcessInstance talkWithASilentUnit() {
    clockAt(LATE_STARTED, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "donghu", "talkerId", "lijianguo", "plannedTalkDate", LATE_PLANNED.toString(),
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
    clockAt(LATE_PLANNED.minusDays(1), 23);
    assertThat(fireDueTimers()).as("nobody is late before the day ends").isZero();
    clockAt(LATE_PLANNED, 0);
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
    String due = deadlines.dueText(deadlines.preparationDue(LATE_PLANNED.toString()));
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
    clockAt(LATE_PLANNED.plusDays(3), 9);
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

  // ---- article 17: a preparation or a talk record not done by its due date is recorded as a
  // finding and the office pursues it, while the talker's task stays open


  static final LocalDate DUTIES_STARTED = LocalDate.of(2027, 5, 4);
  static final LocalDate DUTIES_PLANNED = LocalDate.of(2027, 5, 20);


  @Test
  void aLatePreparationAndALateTalkRecordAreRecordedAndPursuedByTheOffice() {
    clockAt(DUTIES_STARTED, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "donghu", "talkerId", "lijianguo", "plannedTalkDate", DUTIES_PLANNED.toString(),
        "planYear", 2027, "additionalTalk", true));

    clockAt(DUTIES_PLANNED.minusDays(1), 23);
    assertThat(fireDueTimers()).as("nothing is late before the day ends").isZero();
    clockAt(DUTIES_PLANNED, 0);
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
    clockAt(DUTIES_PLANNED.plusDays(1), 9);
    assertThat(fireDueTimers()).isEqualTo(1);
    tasks.complete(taskOf(talk, "superviseTalkRecord").getId(),
        vars("supervisionAction", "已约定5月22日开展谈话"));
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(DUTIES_PLANNED.plusDays(1)));

    assertThat(talk).hasPassed("preparationSupervised", "talkRecordSupervised")
        .isWaitingAt("rectifyAndArchive");
    assertThat(findings.findByTalk(talk.getId())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.PREPARATION_OVERDUE, AccountabilityKind.TALK_RECORD_OVERDUE);
    assertThat(findings.findByTalk(talk.getId()).get(1).detail())
        .isEqualTo("谈话人李建国未在期限内完成谈话并形成谈话记录(计划谈话日期2027年5月20日)");
  }
}
