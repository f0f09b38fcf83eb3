package cn.supervisiontalk.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.TeamNoticeRepository.TeamNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Article 11 (processes/measures-notice.bpmn): accepted measures on first-responsibility duties are
 * shared by the talkee with the other members of his own leadership team (青山县委: 刘志远, 陈静,
 * 杨帆), never with the holding committee's leadership (the six 市委 members). The talkee records
 * when and how he informed them; each member then acknowledges exactly those measures; the office
 * reads in the archive whether it was done.
 */
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:team-notice-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class TeamNoticeProcessTest extends ProcessTestSupport {

  static final LocalDate TALK_DATE = LocalDate.of(2027, 1, 31);
  static final List<String> QINGSHAN_TEAM = List.of("liuzhiyuan", "chenjing", "yangfan");
  static final List<String> COMMITTEE_LEADERSHIP =
      List.of("lijianguo", "zhaomin", "chenzhiqiang", "sunli", "zhouhai", "wufang");
  static final String FIRST = "1. 建立主体责任清单";

  @Autowired Directory directory;
  @Autowired IdentityService identity;
  @Autowired TeamNoticeRepository notices;

  @AfterEach
  void forgetNotices() {
    jdbc.sql("delete from talk_team_notice").update();
  }

  RectificationSteps steps() {
    return new RectificationSteps(engine);
  }

  /** A held talk of 青山县委 (王海) whose measures, one on first-responsibility duties, are accepted. */
  ProcessInstance measuresAccepted() {
    clockAt(TALK_DATE, 18);
    String talkId = heldTalk("qingshan", "wanghai", "王海", TALK_DATE);
    ProcessInstance pi = runtime.startProcessInstanceByKey("rectification", talkId,
        Variables.createVariables().putValue("talkId", talkId));
    steps().submitMeasures(pi, true);
    steps().review(pi, "reviewMeasures", "ACCEPT", null);
    return pi;
  }

  long tasksOfCommitteeLeadership() {
    return taskQuery().taskAssigneeIn(COMMITTEE_LEADERSHIP.toArray(String[]::new)).count()
        + taskQuery().taskCandidateGroup("leadershipMember").count();
  }

  @Test
  void theTeamIsTheTalkeesOwnNotTheCommitteesLeadership() {
    assertThat(directory.talkeeTeam("qingshan")).containsExactlyElementsOf(QINGSHAN_TEAM);
    assertThat(directory.talkeeTeam("jiaoyuju")).isNotEmpty().doesNotContain("hanxue")
        .doesNotContainAnyElementsOf(QINGSHAN_TEAM);
    for (String member : QINGSHAN_TEAM) {
      assertThat(identity.createUserQuery().userId(member).count()).as("user %s", member).isEqualTo(1);
      assertThat(identity.createUserQuery().userId(member).memberOfGroup("talkeeTeam").count()).isEqualTo(1);
      assertThat(identity.createUserQuery().userId(member).memberOfGroup("leadershipMember").count())
          .as("%s is not a member of the 市委 leadership", member).isZero();
    }
  }

  @Test
  void theTalkeeInformsHisTeamAndEachMemberAcknowledgesExactlyTheseMeasures() {
    ProcessInstance pi = measuresAccepted();
    String talkId = pi.getBusinessKey();

    // first the talkee: 「通报领导班子其他成员」, due with the measures
    Task inform = taskOf(pi, "informTeam");
    assertThat(inform).isAssignedTo("wanghai").hasName("通报领导班子其他成员");
    assertThat(inform.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 2, 28)));
    assertThat(tasks.getVariable(inform.getId(), "firstResponsibilityMeasures")).isEqualTo(FIRST);
    assertThat(tasksOf(pi, "acknowledgeMeasures")).as("nobody is told before the talkee informs").isEmpty();
    assertThat(tasksOfCommitteeLeadership()).as("tasks of the 市委 leadership").isZero();

    clockAt(LocalDate.of(2027, 2, 5), 10);
    assertThatThrownBy(() -> tasks.complete(inform.getId(), vars(
        "informedOn", "2027-02-06", "informedHow", "STANDING_COMMITTEE")))
        .hasRootCauseMessage("通报日期不能晚于今天:请在通报之后填写。");
    assertThatThrownBy(() -> tasks.complete(inform.getId(), vars(
        "informedOn", "2027-01-30", "informedHow", "STANDING_COMMITTEE")))
        .hasRootCauseMessage("通报日期不能早于谈话日期(2027年1月31日)。");
    assertThat(notices.findByTalk(talkId)).isEmpty();
    assertThat(taskOf(pi, "informTeam")).isNotNull();

    tasks.complete(inform.getId(), vars("informedOn", "2027-02-05", "informedHow", "STANDING_COMMITTEE",
        "informedNote", "县委常委会2027年第3次会议"));

    // the notice is kept: when, how, who
    TeamNotice notice = notices.findByTalk(talkId).orElseThrow();
    assertThat(notice.informedOn()).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(notice.informedHow()).isEqualTo("STANDING_COMMITTEE");
    assertThat(notice.note()).isEqualTo("县委常委会2027年第3次会议");
    assertThat(notice.recordedBy()).isEqualTo("wanghai");
    assertThat(notices.describe(talkId)).isEqualTo("2027年2月5日以常委会会议方式通报(县委常委会2027年第3次会议)");

    // then each member of HIS team, with exactly these measures and nothing else of the talk
    List<Task> acknowledgements = tasksOf(pi, "acknowledgeMeasures");
    assertThat(acknowledgements).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(QINGSHAN_TEAM);
    for (Task acknowledge : acknowledgements) {
      assertThat(acknowledge).hasName("知悉第一责任人职责整改措施");
      Map<String, Object> seen = tasks.getVariables(acknowledge.getId());
      assertThat(seen).containsEntry("firstResponsibilityMeasures", FIRST)
          .containsEntry("talkeeName", "王海")
          .doesNotContainKeys("otherMeasures", "measuresText", "reflections", "requirements",
              "informedOn", "informedHow", "informedNote");
      assertThat(seen.values()).as("what %s's task shows", acknowledge.getAssignee())
          .noneMatch(v -> String.valueOf(v).contains("选人用人") || String.valueOf(v).contains("自查"));
    }
    assertThat(tasksOfCommitteeLeadership()).as("tasks of the 市委 leadership").isZero();

    assertThatThrownBy(() -> tasks.complete(acknowledgements.get(0).getId(), vars("acknowledged", false)))
        .hasRootCauseMessage("请勾选“已阅知”。");
    acknowledgements.forEach(t -> tasks.complete(t.getId(), vars("acknowledged", true)));
    runJobs();

    ProcessInstance noticeProcess = runtime.createProcessInstanceQuery()
        .processDefinitionKey("measuresNotice").processInstanceBusinessKey(talkId).singleResult();
    assertThat(noticeProcess).as("the notice process has ended").isNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(
            history.createHistoricProcessInstanceQuery().processDefinitionKey("measuresNotice")
                .processInstanceBusinessKey(talkId).singleResult().getId()).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("measuresAccepted", "informTeam", "acknowledgeMeasures", "membersInformed");

    // the office reads in the archive whether and how the team was informed
    steps().submitResults(pi);
    steps().review(pi, "reviewResults", "RECTIFIED", null);
    assertThat(tasks.getVariable(taskOf(pi, "prepareArchive").getId(), "archivePreview").toString())
        .contains("向领导班子其他成员通报: 2027年2月5日以常委会会议方式通报(县委常委会2027年第3次会议)");
  }

  @Test
  void theOfficeSeesWhenTheTeamHasNotBeenInformedYet() {
    ProcessInstance pi = measuresAccepted();
    assertThat(taskOf(pi, "informTeam")).isAssignedTo("wanghai");
    assertThat(notices.describe(pi.getBusinessKey())).isEqualTo("尚未通报");
    steps().submitResults(pi);
    steps().review(pi, "reviewResults", "RECTIFIED", null);
    assertThat(tasks.getVariable(taskOf(pi, "prepareArchive").getId(), "archivePreview").toString())
        .contains("向领导班子其他成员通报: 尚未通报");
  }

  @Test
  void measuresWithoutFirstResponsibilityContentAreNotSharedWithAnyone() {
    clockAt(TALK_DATE, 18);
    String talkId = heldTalk("qingshan", "wanghai", "王海", TALK_DATE);
    ProcessInstance pi = runtime.startProcessInstanceByKey("rectification", talkId,
        Variables.createVariables().putValue("talkId", talkId));
    steps().submitMeasures(pi, false);
    steps().review(pi, "reviewMeasures", "ACCEPT", null);
    assertThat(tasksOf(pi, "informTeam")).isEmpty();
    assertThat(tasksOf(pi, "acknowledgeMeasures")).isEmpty();
    assertThat(taskQuery().taskAssigneeIn(QINGSHAN_TEAM.toArray(String[]::new)).count()).isZero();
    steps().submitResults(pi);
    steps().review(pi, "reviewResults", "RECTIFIED", null);
    assertThat(tasks.getVariable(taskOf(pi, "prepareArchive").getId(), "archivePreview").toString())
        .doesNotContain("向领导班子其他成员通报");
  }

  @Test
  void measuresAcceptedAfterTheirDeadlineLeaveTheTalkeeUntilTonight() {
    ProcessInstance pi;
    clockAt(TALK_DATE, 18);
    String talkId = heldTalk("qingshan", "wanghai", "王海", TALK_DATE);
    pi = runtime.startProcessInstanceByKey("rectification", talkId,
        Variables.createVariables().putValue("talkId", talkId));
    clockAt(LocalDate.of(2027, 3, 10), 9);
    fireDueTimers();
    runJobs();
    steps().submitMeasures(pi, true);
    steps().review(pi, "reviewMeasures", "ACCEPT", null);
    assertThat(taskOf(pi, "informTeam").getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 3, 10)));
  }
}
