package cn.supervisiontalk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.TalkSteps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A talk's page at /api/ledger/{talkId} and the ledger over HTTP, for a regular talk the real
 * models run through from its start to its archive, each step done by its person: the timeline in
 * order with who did what, the open steps from the engine's runtime, and each person's view —
 * the talkee never reads the units' material, the talker's preparation or the escalations; a unit
 * reads only its own material and what was copied to it; anybody else gets 403.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:ledger-page-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class LedgerTalkPageTest extends ProcessTestSupport {

  static final LocalDate STARTED = LocalDate.of(2027, 1, 10);
  static final LocalDate PLANNED = LocalDate.of(2027, 1, 25);

  /** Each unit's member and what the unit supplies (article 6): text only that unit may read. */
  static final List<String[]> UNITS = List.of(
      new String[] {"discipline", "zhenghua", "纪委监委掌握的王海同志有关情况"},
      new String[] {"organization", "xuming", "组织部门掌握的干部考核情况"},
      new String[] {"propaganda", "majun", "宣传部门掌握的舆情情况"},
      new String[] {"inspection", "zhuhong", "巡察办掌握的巡察反馈情况"},
      new String[] {"audit", "hulin", "审计局掌握的经济责任审计情况"});
  static final String PREPARATION_ISSUES = "谈话人拟谈的主要问题:主体责任压得不实";
  static final String SELF_INSPECTION = "被谈话人对照规定查找出三方面问题";
  static final String ESCALATION = "已电话督促谈话人三日内完成谈话准备";

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;

  private final ObjectMapper json = new ObjectMapper();

  /** The person does the task as themself: claims it when nobody holds it, then completes it. */
  void doAs(String user, List<String> groups, Task task, Object... variables) {
    doAs(user, groups, task, vars(variables));
  }

  void doAs(String user, List<String> groups, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, groups, List.of("jiangzhou"));
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runJobs();
  }

  Task open(String talkId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(talkId).taskDefinitionKey(key)
        .list().get(0);
  }

  Task unitTask(String talkId, String unit) {
    return tasks.createTaskQuery().processInstanceBusinessKey(talkId)
        .taskDefinitionKey("provideMaterial").taskCandidateGroup(unit).singleResult();
  }

  MockHttpServletResponse api(String user, String path) throws Exception {
    var request = get(path);
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + (user.equals("admin") ? "admin" : "demo"))
              .getBytes(StandardCharsets.UTF_8)));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  JsonNode ok(String user, String path) throws Exception {
    MockHttpServletResponse response = api(user, path);
    assertThat(response.getStatus()).as(user + " GET " + path + ": "
        + response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.path(field).asText()));
    return texts;
  }

  static List<String> steps(JsonNode row) {
    List<String> steps = new ArrayList<>();
    row.path("currentSteps").forEach(s -> steps.add(s.path("name").asText() + ": "
        + s.path("holder").asText()));
    return steps;
  }

  /** Runs the talk from its start to its archive; its id. */
  String archivedTalk() throws Exception {
    clockAt(STARTED, 9);
    identity.setAuthentication("liuyang", List.of("office"), List.of("jiangzhou"));
    ProcessInstance talk;
    try {
      talk = runtime.startProcessInstanceByKey("regularTalk", vars(
          "organizationId", "qingshan", "talkerId", "lijianguo",
          "plannedTalkDate", PLANNED.toString(), "planYear", 2027));
    } finally {
      identity.clearAuthentication();
    }
    String id = talk.getId();

    // while in preparation: who holds what, from the engine's runtime
    JsonNode office = ok("liuyang", "/api/ledger?q=王海").path("rows").get(0);
    assertThat(office.path("talkId").asText()).isEqualTo(id);
    assertThat(office.path("stageName").asText()).isEqualTo("谈话准备");
    assertThat(steps(office)).containsExactlyInAnyOrder("谈话准备: 李建国", "对照规定开展自查: 王海",
        "提供有关情况和材料: 市纪委监委", "提供有关情况和材料: 市委组织部", "提供有关情况和材料: 市委宣传部",
        "提供有关情况和材料: 市委巡察办", "提供有关情况和材料: 市审计局");
    assertThat(office.path("nextDeadline").asText()).isEqualTo("2027-01-25T23:59:59+08:00");
    assertThat(office.path("overdue").asBoolean()).isFalse();
    JsonNode talkee = ok("wanghai", "/api/ledger").path("rows").get(0);
    assertThat(steps(talkee)).as("the talkee does not learn which units are asked")
        .containsExactlyInAnyOrder("谈话准备: 李建国", "对照规定开展自查: 王海");
    assertThat(ok("zhenghua", "/api/ledger").path("total").asLong())
        .as("a unit sees the talk once it has supplied material").isZero();

    clockAt(STARTED.plusDays(1), 10);
    for (String[] unit : UNITS) {
      doAs(unit[1], List.of(unit[0]), unitTask(id, unit[0]), "material", unit[2]);
    }
    doAs("wanghai", List.of("talkee"), open(id, "selfInspection"),
        "selfInspectionReport", SELF_INSPECTION);
    assertThat(steps(ok("zhenghua", "/api/ledger").path("rows").get(0)))
        .containsExactly("谈话准备: 李建国");

    // the talker is late with his preparation: a finding, and the office pursues it
    clockAt(PLANNED, 10);
    fireDueTimers();
    clockAt(PLANNED.atTime(10, 30));
    doAs("liuyang", List.of("office"), open(id, "supervisePreparation"),
        "supervisionAction", ESCALATION);
    clockAt(PLANNED, 11);
    doAs("lijianguo", List.of("leadershipMember"), open(id, "prepareTalk"),
        "preparationMaterials", "巡察反馈意见、审计报告", "preparationIssues", PREPARATION_ISSUES);
    clockAt(PLANNED, 15);
    doAs("lijianguo", List.of("leadershipMember"), open(id, "holdTalk"), TalkSteps.record(PLANNED));

    // 郑华 reads the record copied to the discipline commission
    clockAt(PLANNED.plusDays(1), 9);
    Task copy = tasks.createTaskQuery().processInstanceBusinessKey(id + ":TALK_RECORD")
        .taskCandidateGroup("discipline").singleResult();
    doAs("zhenghua", List.of("discipline"), copy, "copyRead", true);

    RectificationSteps steps = new RectificationSteps(engine);
    ProcessInstance rectification = rectificationOf(talk);
    clockAt(LocalDate.of(2027, 2, 10), 10);
    steps.submitMeasures(rectification, false);
    clockAt(LocalDate.of(2027, 2, 11), 10);
    doAs("huangjing", List.of("office"), open(id, "reviewMeasures"),
        "measuresDecision", "RETURN", "measuresReviewComment", "整改措施不够具体,缺少完成时限");
    clockAt(LocalDate.of(2027, 2, 12), 10);
    steps.submitMeasures(rectification, false);
    clockAt(LocalDate.of(2027, 2, 13), 10);
    doAs("huangjing", List.of("office"), open(id, "reviewMeasures"),
        "measuresDecision", "ACCEPT", "measuresReviewComment", "");
    clockAt(LocalDate.of(2027, 4, 20), 9);
    fireDueTimers(); // the reminder a week before the results are due
    clockAt(LocalDate.of(2027, 4, 20), 10);
    steps.submitResults(rectification);
    clockAt(LocalDate.of(2027, 4, 21), 10);
    doAs("huangjing", List.of("office"), open(id, "reviewResults"),
        "resultsDecision", "RECTIFIED", "resultsReviewComment", "整改到位");
    clockAt(LocalDate.of(2027, 4, 22), 10);
    doAs("liuyang", List.of("office"), open(id, "prepareArchive"),
        "copyToExtra", SpinValues.jsonValue("[]").create(), "archiveRemark", "材料齐全,已归档");
    steps.readCopies(rectification);
    return id;
  }

  @Test
  void theTalksPageTellsEachPersonWhatTheyMayRead() throws Exception {
    String id = archivedTalk();

    // the office: every part and the whole timeline, in order, with who did what
    JsonNode page = ok("liuyang", "/api/ledger/" + id);
    assertThat(page.path("viewedAs").asText()).isEqualTo("办公室");
    assertThat(page.path("talk").path("stageName").asText()).isEqualTo("已归档");
    assertThat(page.path("talk").path("currentSteps")).isEmpty();
    assertThat(page.path("talk").path("findings").get(0).asText()).isEqualTo("谈话准备逾期");
    JsonNode timeline = page.path("timeline");
    assertThat(texts(timeline, "title")).containsExactly(
        "发起定期谈话",
        "市纪委监委提供有关情况和材料", "市委组织部提供有关情况和材料", "市委宣传部提供有关情况和材料",
        "市委巡察办提供有关情况和材料", "市审计局提供有关情况和材料",
        "提交自查报告",
        "记为逾期: 谈话准备逾期",
        "督办谈话准备",
        "完成谈话准备",
        "开展谈话并形成谈话记录", "抄送谈话记录",
        "阅知抄送的谈话记录",
        "退回整改措施", "提出整改措施", "整改措施审核通过", "抄送整改措施",
        "发出提醒",
        "报告整改情况",
        "审核整改情况: 整改到位", "抄送整改情况",
        "汇总归档");
    assertThat(texts(timeline, "at")).isSorted();
    assertThat(texts(timeline, "actor")).startsWith("刘洋", "郑华", "徐明", "马骏", "朱红", "胡林",
        "王海", "系统", "刘洋", "李建国", "李建国", "系统", "郑华", "黄静", "王海", "黄静");
    assertThat(timeline.get(0).path("at").asText()).isEqualTo("2027-01-10T09:00:00+08:00");
    assertThat(timeline.get(8).path("detail").asText()).isEqualTo(ESCALATION);
    assertThat(timeline.get(10).path("detail").asText()).isEqualTo("谈话日期2027年1月25日");
    assertThat(timeline.get(11).path("detail").asText()).isEqualTo("抄送市纪委监委、市委组织部");
    assertThat(timeline.get(13).path("detail").asText()).isEqualTo("整改措施不够具体,缺少完成时限");
    assertThat(timeline.get(17).path("detail").asText()).startsWith("提醒: 请于4月25日24时前")
        .endsWith("(致王海)");
    assertThat(timeline.get(21).path("actor").asText()).isEqualTo("刘洋");
    assertThat(texts(page.path("sections"), "title")).containsExactly("谈话准备", "被谈话人的自查报告",
        "协作单位提供的情况和材料", "谈话记录", "整改措施", "整改情况", "审核情况", "督办情况",
        "逾期和审核发现的问题", "抄送情况", "汇总归档");
    assertThat(page.toString()).contains(PREPARATION_ISSUES, SELF_INSPECTION, ESCALATION)
        .contains(UNITS.stream().map(u -> u[2]).toArray(String[]::new));
    assertThat(texts(page.path("documents"), "href")).containsExactly(
        "/api/talks/" + id + "/record.docx", "/api/talks/" + id + "/record.pdf",
        "/api/talks/" + id + "/archive.docx", "/api/talks/" + id + "/archive.pdf");
    assertThat(texts(page.path("documents"), "title")).containsExactly(
        "谈话记录(Word)", "谈话记录(PDF)", "归档材料(Word)", "归档材料(PDF)");

    // the talkee: his talk without the units' material, the talker's preparation, the escalations
    JsonNode own = ok("wanghai", "/api/ledger/" + id);
    assertThat(own.path("viewedAs").asText()).isEqualTo("被谈话人");
    assertThat(own.toString()).doesNotContain(PREPARATION_ISSUES).doesNotContain(ESCALATION)
        .doesNotContain(UNITS.stream().map(u -> u[2]).toArray(String[]::new))
        .contains(SELF_INSPECTION, "整改措施不够具体");
    assertThat(texts(own.path("sections"), "title")).doesNotContain("谈话准备", "协作单位提供的情况和材料",
        "督办情况", "抄送情况");
    assertThat(texts(own.path("timeline"), "title")).doesNotContain("完成谈话准备", "督办谈话准备",
        "抄送谈话记录", "阅知抄送的谈话记录").doesNotContainAnyElementsOf(
        UNITS.stream().map(u -> u[0]).toList()).contains("记为逾期: 谈话准备逾期", "发出提醒");
    assertThat(texts(own.path("timeline"), "title").stream().filter(t -> t.contains("提供有关情况")))
        .isEmpty();

    // a unit that received the copies: its material, the copies, the archive's parts; not others'
    JsonNode discipline = ok("zhenghua", "/api/ledger/" + id);
    assertThat(discipline.path("viewedAs").asText()).isEqualTo("市纪委监委");
    assertThat(discipline.toString()).contains(UNITS.get(0)[2], "谈话日期: 2027年1月25日")
        .doesNotContain(UNITS.get(1)[2], UNITS.get(2)[2], UNITS.get(3)[2], UNITS.get(4)[2],
            PREPARATION_ISSUES, SELF_INSPECTION, ESCALATION);
    assertThat(texts(discipline.path("timeline"), "title")).contains("抄送谈话记录", "阅知抄送的谈话记录",
        "汇总归档").doesNotContain("完成谈话准备", "督办谈话准备", "提交自查报告");

    // a unit that only supplied material: that material and the talk's course, nothing more
    JsonNode propaganda = ok("majun", "/api/ledger/" + id);
    assertThat(texts(propaganda.path("sections"), "title")).containsExactly("协作单位提供的情况和材料");
    assertThat(propaganda.toString()).contains(UNITS.get(2)[2])
        .doesNotContain(UNITS.get(0)[2], "落实主体责任有温差", "谈话准备逾期", SELF_INSPECTION);
    assertThat(texts(propaganda.path("timeline"), "title")).containsExactly("发起定期谈话",
        "市委宣传部提供有关情况和材料", "开展谈话并形成谈话记录", "汇总归档");
    assertThat(propaganda.path("talk").path("findings")).isEmpty();
    assertThat(propaganda.path("documents")).as("no record was copied to it").isEmpty();
    assertThat(texts(discipline.path("documents"), "title")).contains("谈话记录(Word)", "归档材料(Word)");

    // anybody else and an unknown talk: the same answer, which does not tell that the talk exists
    MockHttpServletResponse other = api("sunli", "/api/ledger/" + id);
    assertThat(other.getStatus()).isEqualTo(404);
    assertThat(other.getErrorMessage()).isEqualTo(UnseenTalk.MESSAGE);
    assertThat(ok("sunli", "/api/ledger").path("total").asLong()).isZero();
    MockHttpServletResponse unknown = api("liuyang", "/api/ledger/no-such-talk");
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getErrorMessage()).isEqualTo(UnseenTalk.MESSAGE);
  }

  @Test
  void refusesBadInputInChineseAndExportsAWorkbook() throws Exception {
    clockAt(STARTED, 9);
    runtime.startProcessInstanceByKey("regularTalk", vars("organizationId", "xiling",
        "talkerId", "lijianguo", "plannedTalkDate", PLANNED.toString(), "planYear", 2027));

    assertThat(api(null, "/api/ledger").getStatus()).isEqualTo(401);
    for (String[] bad : List.of(
        new String[] {"/api/ledger?page=0", "页码(page)应在1至1000000之间"},
        new String[] {"/api/ledger?page=abc", "页码(page)应为整数"},
        new String[] {"/api/ledger?size=1000", "每页条数(size)应在1至100之间"},
        new String[] {"/api/ledger?stage=DONE", "未知的阶段“DONE”"},
        new String[] {"/api/ledger?type=x", "未知的谈话类型“x”"},
        new String[] {"/api/ledger?overdue=maybe", "是否逾期(overdue)应为 true 或 false"},
        new String[] {"/api/ledger?sort=name", "未知的排序方式“name”"},
        new String[] {"/api/ledger?order=up", "顺序(order)应为 asc(升序)或 desc(降序)"},
        new String[] {"/api/ledger?year=1999", "年度(year)应在2000至2100之间"},
        new String[] {"/api/ledger?organization=南山县委", "未找到下级党组织“南山县委”"},
        new String[] {"/api/ledger?stauts=ARCHIVED", "不支持的查询参数: stauts"},
        new String[] {"/api/ledger?stage=PREPARATION&stage=ARCHIVED", "参数“stage”只能指定一次"},
        new String[] {"/api/ledger.xlsx?overdue=maybe", "是否逾期(overdue)应为 true 或 false"})) {
      MockHttpServletResponse response = api("liuyang", bad[0]);
      assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
      assertThat(response.getErrorMessage()).as(bad[0]).contains(bad[1]);
    }

    JsonNode list = ok("gaojianhua", "/api/ledger?year=2027&stage=谈话准备&sort=deadline");
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(list.path("rows").get(0).path("talkeeName").asText()).isEqualTo("高建华");

    MockHttpServletResponse xlsx = api("gaojianhua", "/api/ledger.xlsx?q=高建华");
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getContentType()).startsWith(LedgerController.XLSX.toString());
    assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment", "filename*=UTF-8''");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      var sheet = book.getSheet("谈话台账");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("被谈话人");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("中共西岭县委员会");
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
          .as("who holds the steps the talkee may know of").contains("谈话准备: 李建国",
              "对照规定开展自查: 高建华").doesNotContain("提供有关情况和材料");
    }
  }
}
