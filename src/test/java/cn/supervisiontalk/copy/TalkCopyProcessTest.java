package cn.supervisiontalk.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.copy.CopyRepository.Received;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.TalkSteps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Article 12 with article 15 (processes/talk-copy.bpmn): the talk record, the accepted measures and
 * the reviewed results reach the holding committee's discipline body and organization department
 * as each comes into existence, recorded in the application's own tables and readable by the units'
 * members in Tasklist and at /api/copies; a talk whose results never come is still on record with
 * them. Every node of the copy process is covered.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:talk-copy-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class TalkCopyProcessTest extends ProcessTestSupport {

  /** Every node of the copy process; the talks driven to it are covered by their own tests. */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("regularTalk", "timelyTalk", "rectification", "measuresNotice")
          .build();
    }
  }

  static final LocalDate STARTED = LocalDate.of(2027, 1, 10);
  static final LocalDate TALK_DATE = LocalDate.of(2027, 1, 31);
  static final List<String> READING_TASKS =
      List.of("readTalkRecordCopy", "readMeasuresCopy", "readResultsCopy");

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired CopyRepository copies;
  @MockitoSpyBean Committee committee;

  private final ObjectMapper json = new ObjectMapper();

  RectificationSteps steps() {
    return new RectificationSteps(engine);
  }

  /** A regular talk prepared and held on TALK_DATE; its rectification, waiting for the measures. */
  ProcessInstance heldRegularTalk(String organization, String talker) {
    clockAt(STARTED, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", organization, "talkerId", talker,
        "plannedTalkDate", "2027-01-25", "planYear", 2027));
    TalkSteps.prepare(this, talk);
    clockAt(TALK_DATE, 15);
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(TALK_DATE));
    return talk;
  }

  /** The open reading tasks of the talk's copies of this kind (its copies have keys of their own). */
  List<Task> copyTasks(String talkId, String taskKey) {
    return tasks.createTaskQuery().processDefinitionKey("talkCopy").taskDefinitionKey(taskKey)
        .processInstanceBusinessKeyLike(talkId + ":%").list();
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  Object shown(Task task, String name) {
    return tasks.getVariableLocal(task.getId(), name);
  }

  /** The units' member reads the copy in Tasklist: claims it and ticks 已阅知, as themself. */
  void readAs(String user, String group, Task task) {
    identity.setAuthentication(user, List.of(group), List.of("jiangzhou"));
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), vars("copyRead", true));
    } finally {
      identity.clearAuthentication();
    }
  }

  MockHttpServletResponse api(String user, String path) throws Exception {
    var request = get(path);
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  List<JsonNode> ofTalk(JsonNode list, String talkId) {
    List<JsonNode> found = new ArrayList<>();
    list.forEach(item -> {
      if (item.path("talkId").asText().equals(talkId)) {
        found.add(item);
      }
    });
    return found;
  }

  @Test
  void theRecordTheMeasuresAndTheResultsReachTheUnitsAsTheyComeIntoExistence() {
    ProcessInstance talk = heldRegularTalk("qingshan", "lijianguo");
    ProcessInstance pi = rectificationOf(talk);

    // the record, as soon as the talk is held: one reading task per unit of copy-recipients.dmn
    List<Task> record = copyTasks(talk.getId(), "readTalkRecordCopy");
    assertThat(record).flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("discipline", "organization");
    Task forDiscipline = record.stream().filter(t -> candidateGroups(t).contains("discipline"))
        .findFirst().orElseThrow();
    assertThat(forDiscipline).hasName("阅知抄送的谈话记录").isNotAssigned();
    assertThat(shown(forDiscipline, "copiedPartName")).isEqualTo("谈话记录");
    assertThat(shown(forDiscipline, "copiedToName")).isEqualTo("市纪委监委");
    assertThat(shown(forDiscipline, "organizationName")).isEqualTo("中共青山县委员会");
    assertThat(shown(forDiscipline, "talkeeName")).isEqualTo("王海");
    assertThat(shown(forDiscipline, "talkerName")).isEqualTo("李建国");
    assertThat(shown(forDiscipline, "copiedTalkDate")).isEqualTo("2027年1月31日");
    assertThat(shown(forDiscipline, "copyContent").toString())
        .contains("谈话日期: 2027年1月31日", "(一)被谈话人报告自查情况: 报告了自查发现的三方面问题",
            "  1. 落实主体责任有温差\n  2. 选人用人把关不严", "(五)表态发言: 坚决整改到位")
        // article 16: not the talker's preparation, the self-inspection report or the units' material
        .doesNotContain("主体责任压得不实", "对照规定查找出三方面问题", "提供的情况");
    // the talk's parties get no copy
    for (String party : List.of("wanghai", "lijianguo")) {
      assertThat(tasks.createTaskQuery().processDefinitionKey("talkCopy").taskCandidateUser(party)
          .includeAssignedTasks().count()).as(party).isZero();
    }
    assertThat(copies.ofTalk(talk.getId()))
        .extracting(Received::part, Received::recipientGroup, Received::readBy)
        .containsExactlyInAnyOrder(tuple("TALK_RECORD", "discipline", null),
            tuple("TALK_RECORD", "organization", null));

    // 郑华 sees the task, not the talk's variables; he must tick 已阅知, then his reading is recorded
    identity.setAuthentication("zhenghua", List.of("discipline"), List.of("jiangzhou"));
    try {
      assertThat(tasks.createTaskQuery().taskCandidateUser("zhenghua").processDefinitionKey("talkCopy")
          .list()).extracting(Task::getId).containsExactly(forDiscipline.getId());
      assertThatThrownBy(() -> runtime.getVariables(talk.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtime.getVariables(pi.getId())).isInstanceOf(AuthorizationException.class);
      assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(talk.getId(), pi.getId()).count())
          .isZero();
      tasks.claim(forDiscipline.getId(), "zhenghua");
      assertThatThrownBy(() -> tasks.complete(forDiscipline.getId(), vars("copyRead", false)))
          .hasRootCauseInstanceOf(NotValidException.class).hasRootCauseMessage("请勾选“已阅知”。");
      tasks.complete(forDiscipline.getId(), vars("copyRead", true));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(copies.ofTalk(talk.getId())).filteredOn(r -> r.recipientGroup().equals("discipline"))
        .singleElement().satisfies(r -> {
          assertThat(r.readBy()).isEqualTo("zhenghua");
          assertThat(r.readAt().toInstant()).isEqualTo(deadlines.now().toInstant());
        });
    runJobs();

    // the measures, once the office accepts them (not when it returns them)
    steps().submitMeasures(pi, false);
    steps().review(pi, "reviewMeasures", "RETURN", "措施不够具体");
    assertThat(copyTasks(talk.getId(), "readMeasuresCopy")).isEmpty();
    steps().submitMeasures(pi, false);
    steps().review(pi, "reviewMeasures", "ACCEPT", null);
    List<Task> measures = copyTasks(talk.getId(), "readMeasuresCopy");
    assertThat(measures).hasSize(2).allSatisfy(t -> {
      assertThat(t).hasName("阅知抄送的整改措施");
      assertThat(shown(t, "copyContent").toString()).contains("谈话后的思想认识: 深刻认识到问题的严重性",
          "  1. 建立主体责任清单\n  2. 开展选人用人专项检查").doesNotContain("措施不够具体");
    });

    // the results, once reviewed: a return is not a review's end
    steps().submitResults(pi);
    steps().review(pi, "reviewResults", "RETURN", "请补充成效");
    assertThat(copyTasks(talk.getId(), "readResultsCopy")).isEmpty();
    steps().submitResults(pi);
    steps().review(pi, "reviewResults", "RECTIFIED", "整改到位,成效明显");
    List<Task> results = copyTasks(talk.getId(), "readResultsCopy");
    assertThat(results).hasSize(2).allSatisfy(t -> assertThat(shown(t, "copyContent").toString())
        .contains("整改情况报告: 各项措施均已落实", "办公室审核结论: 整改到位", "审核意见: 整改到位,成效明显"));

    // the archive at the end goes on as before
    steps().archive(pi);
    steps().readCopies(pi);
    assertThat(talk).isEnded();

    // every unit reads every part: each copy process ends
    for (String key : READING_TASKS) {
      for (Task task : copyTasks(talk.getId(), key)) {
        readAs(candidateGroups(task).contains("discipline") ? "fengtao" : "xuming",
            candidateGroups(task).get(0), task);
      }
    }
    runJobs();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("talkCopy")
        .processInstanceBusinessKeyLike(talk.getId() + ":%").count()).isZero();
    assertThat(copies.ofTalk(talk.getId())).hasSize(6)
        .allSatisfy(r -> assertThat(r.readAt()).isNotNull())
        .extracting(Received::part).containsExactly(
            "TALK_RECORD", "TALK_RECORD", "MEASURES", "MEASURES", "RESULTS", "RESULTS");
  }

  @Test
  void aTalkWhoseResultsNeverComeIsStillOnRecordWithTheUnits() throws Exception {
    ProcessInstance talk = heldRegularTalk("xiling", "lijianguo");
    ProcessInstance pi = rectificationOf(talk);
    steps().submitMeasures(pi, false);
    steps().review(pi, "reviewMeasures", "ACCEPT", null);
    // the talkee never reports: months pass, the deadline is missed and pursued
    clockAt(LocalDate.of(2027, 5, 2), 9);
    fireDueTimers();
    assertThat(pi).isWaitingAt("submitResults", "superviseResults");

    assertThat(copies.ofTalk(talk.getId())).extracting(Received::part)
        .containsExactly("TALK_RECORD", "TALK_RECORD", "MEASURES", "MEASURES");

    // 郑华 (市纪委监委) lists them and reads them, as copied
    MockHttpServletResponse listed = api("zhenghua", "/api/copies");
    assertThat(listed.getStatus()).isEqualTo(200);
    List<JsonNode> lines = ofTalk(body(listed), talk.getId());
    assertThat(lines).extracting(l -> l.path("part").asText())
        .containsExactlyInAnyOrder("TALK_RECORD", "MEASURES");
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.path("recipientGroup").asText()).isEqualTo("discipline");
      assertThat(l.path("organizationShortName").asText()).isEqualTo("西岭县委");
      assertThat(l.path("talkeeName").asText()).isEqualTo("高建华");
      assertThat(l.path("readBy").isNull()).isTrue();
      assertThat(OffsetDateTime.parse(l.path("copiedAt").asText()).toLocalDate()).isEqualTo(TALK_DATE);
    });
    assertThat(lines).extracting(l -> l.path("partName").asText()).containsExactlyInAnyOrder("谈话记录", "整改措施");

    MockHttpServletResponse shown = api("zhenghua", "/api/copies/" + talk.getId());
    assertThat(shown.getStatus()).isEqualTo(200);
    JsonNode copied = body(shown);
    assertThat(copied.path("talkeeName").asText()).isEqualTo("高建华");
    assertThat(copied.path("talkerName").asText()).isEqualTo("李建国");
    assertThat(copied.path("talkDate").asText()).isEqualTo(TALK_DATE.toString());
    assertThat(copied.path("parts")).hasSize(2);
    JsonNode recordPart = copied.path("parts").get(0);
    assertThat(recordPart.path("part").asText()).isEqualTo("TALK_RECORD");
    assertThat(recordPart.path("content").path("problems").get(1).asText()).isEqualTo("选人用人把关不严");
    assertThat(recordPart.path("content").path("commitment").asText()).isEqualTo("坚决整改到位");
    assertThat(recordPart.path("recipients")).singleElement()
        .satisfies(r -> assertThat(r.path("recipientName").asText()).isEqualTo("市纪委监委"));
    JsonNode measuresPart = copied.path("parts").get(1);
    assertThat(measuresPart.path("part").asText()).isEqualTo("MEASURES");
    assertThat(measuresPart.path("content").path("measures").get(0).path("content").asText())
        .isEqualTo("建立主体责任清单");
    // article 16: nothing of the preparation, the self-inspection report or the units' material
    assertThat(shown.getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain("主体责任压得不实", "对照规定查找出三方面问题", "提供的情况");

    // the office lists every copy of its committee
    assertThat(ofTalk(body(api("liuyang", "/api/copies")), talk.getId())).hasSize(4);
    assertThat(body(api("liuyang", "/api/copies/" + talk.getId())).path("parts").get(0)
        .path("recipients")).hasSize(2);

    // anyone else: nothing listed; the talk's copies answered as for an unknown talk, in Chinese
    for (String other : List.of("zhuhong", "gaojianhua", "zhaomin")) {
      assertThat(ofTalk(body(api(other, "/api/copies")), talk.getId())).as(other).isEmpty();
      MockHttpServletResponse refused = api(other, "/api/copies/" + talk.getId());
      assertThat(refused.getStatus()).as(other).isEqualTo(404);
      assertThat(refused.getErrorMessage()).isEqualTo(UnseenTalk.MESSAGE);
    }
    MockHttpServletResponse unknown = api("zhenghua", "/api/copies/no-such-talk");
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getErrorMessage()).isEqualTo(UnseenTalk.MESSAGE);
    assertThat(api(null, "/api/copies").getStatus()).isEqualTo(401);
  }

  @Test
  void resultsSentBackForASecondRoundAreCopiedAgainWhenReviewedAgain() {
    ProcessInstance talk = heldRegularTalk("donghu", "lijianguo");
    ProcessInstance pi = rectificationOf(talk);
    steps().submitMeasures(pi, false);
    steps().review(pi, "reviewMeasures", "ACCEPT", null);
    steps().submitResults(pi);
    tasks.complete(taskOf(pi, "reviewResults").getId(), vars("resultsDecision", "UNTRUTHFUL",
        "resultsReviewComment", "报告的整改成效与核查不符", "secondRound", true,
        "secondRoundDue", "2027-06-30"));

    assertThat(copyTasks(talk.getId(), "readResultsCopy")).hasSize(2).allSatisfy(t ->
        assertThat(shown(t, "copyContent").toString()).contains("办公室审核结论: 未如实报告整改情况",
            "审核意见: 报告的整改成效与核查不符", "责令重新整改: 重新报告整改情况截止2027年6月30日"));
    steps().decideAccountability(pi, "ACCOUNTABLE", TALK_DATE.toString());

    clockAt(LocalDate.of(2027, 6, 1), 10);
    tasks.complete(taskOf(pi, "submitResults").getId(), vars("results", "重新整改后各项措施均已落实"));
    steps().review(pi, "reviewResults", "RECTIFIED", null);

    List<Received> results = copies.ofTalk(talk.getId()).stream()
        .filter(r -> r.part().equals("RESULTS") && r.recipientGroup().equals("organization")).toList();
    assertThat(results).hasSize(2);
    assertThat(results.get(0).content()).contains("UNTRUTHFUL", "2027-06-30").doesNotContain("重新整改后");
    assertThat(results.get(1).content()).contains("RECTIFIED", "重新整改后各项措施均已落实")
        .doesNotContain("secondRoundDue");
    assertThat(copyTasks(talk.getId(), "readResultsCopy")).hasSize(4);
  }

  @Test
  void aTalkHeldByAPartyGroupIsCopiedToTheGroupDispatchedToIt() {
    doReturn("PARTY_GROUP").when(committee).holdingCommitteeKind(anyString());
    ProcessInstance talk = heldRegularTalk("jiaoyuju", "zhouhai");

    List<Task> record = copyTasks(talk.getId(), "readTalkRecordCopy");
    assertThat(record).flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("dispatchedGroup", "organization");
    Task forGroup = record.stream().filter(t -> candidateGroups(t).contains("dispatchedGroup"))
        .findFirst().orElseThrow();
    assertThat(shown(forGroup, "copiedToName")).isEqualTo("市纪委监委派驻市发展改革委纪检监察组");
    assertThat(tasks.createTaskQuery().taskCandidateUser("zhenghua").processDefinitionKey("talkCopy")
        .processInstanceBusinessKeyLike(talk.getId() + ":%").count()).isZero();
    readAs("hexin", "dispatchedGroup", forGroup);
    assertThat(copies.ofTalk(talk.getId())).filteredOn(r -> r.recipientGroup().equals("dispatchedGroup"))
        .singleElement().satisfies(r -> assertThat(r.readBy()).isEqualTo("hexin"));
  }

  @Test
  void aTimelyTalksRecordIsCopiedWithItsSituationButNotItsFacts() {
    clockAt(STARTED, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("timelyTalk", vars(
        "organizationId", "renminyiyuan", "talkerId", "zhaomin", "trigger", "PETITIONS",
        "facts", "信访举报反映其违规插手工程项目", "plannedTalkDate", STARTED.plusDays(5).toString(),
        "cooperatingUnits", json("[]")));
    tasks.complete(taskOf(talk, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件三件", "preparationIssues", "苗头性问题"));
    runJobs();
    clockAt(STARTED.plusDays(5), 15);
    Map<String, Object> record = new HashMap<>(TalkSteps.record(STARTED.plusDays(5)));
    record.remove("selfInspectionHeard");
    tasks.complete(taskOf(talk, "holdTalk").getId(), record);

    List<Task> copied = copyTasks(talk.getId(), "readTalkRecordCopy");
    assertThat(copied).hasSize(2).allSatisfy(t -> assertThat(shown(t, "copyContent").toString())
        .contains("谈话情形: 信访举报反映问题较多或突出", "(二)谈话人指出的问题")
        .doesNotContain("(一)", "违规插手工程项目", "苗头性问题"));
  }
}
