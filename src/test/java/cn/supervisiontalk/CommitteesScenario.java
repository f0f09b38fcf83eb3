package cn.supervisiontalk;

import static cn.supervisiontalk.TalkDriver.bool;
import static cn.supervisiontalk.TalkDriver.enc;
import static cn.supervisiontalk.TalkDriver.json;
import static cn.supervisiontalk.TalkDriver.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many committees on one installation (articles 2, 5, 7, 12, 13-16), over REST as each person;
 * run on H2 ({@link CommitteesIT}) and on PostgreSQL ({@link CommitteesPostgresIT}), each on a
 * database of its own.
 * Below the tests' 江州市委 (fixture/organization.yaml) the system administrator adds, through
 * {@code /api/committees}, 青山县委 with 青泉镇党委 below it and 市发展改革委党组 with the
 * 市价格监测中心党支部 below it; the people are made in Camunda's own identity REST (as Camunda
 * Admin would) and put into the groups the committees got. Then:
 * <ol>
 *   <li>a township talk runs start to archive held by the county: its tasks with the county's
 *       people, its deadlines, its copies to the county's discipline commission, its coverage in the
 *       county's term;</li>
 *   <li>the access matrix across committees: each office sees its own talks only, 王海 his own
 *       talk as talkee and his township talk as talker, the city sees the county's figures and
 *       none of its content;</li>
 *   <li>the 党组's copies go to the group dispatched to it;</li>
 *   <li>the county's annual report reaches the city's office, is returned with remarks, revised,
 *       submitted again and accepted.</li>
 * </ol>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CommitteesScenario {

  /** The password of the people made here (the password policy refuses the demo one). */
  private static final String PASSWORD = "Qingshan#2026x";
  private static final String RECORD_PHRASE = "青泉镇征地拆迁矛盾化解不力";

  @DynamicPropertySource
  static void demoOrganization(DynamicPropertyRegistry registry) {
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  @Autowired
  private ManagementService management;

  private TalkDriver driver;
  private final LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
  private final LocalDate planned =
      today.plusDays(3).getYear() == today.getYear() ? today.plusDays(3) : today;
  private String countyTalk;
  private String cityTalk;

  @BeforeAll
  void committeesBelowTheCity() {
    driver = new TalkDriver("http://localhost:" + port);
    person("xitong", "系统", "管理员", "systemAdministrator");

    // 青山县委 below 江州市委, with its term, leadership, staff and a township
    Response created = as("xitong").send("POST", "/api/committees", Map.of("id", "qingshan",
        "name", "中共青山县委员会", "shortName", "青山县委", "kind", "LOCAL_COMMITTEE",
        "upperId", "jiangzhou", "termName", "第十五届",
        "termStart", today.minusYears(1).toString(), "termEnd", today.plusYears(4).toString()));
    created.expect(201);
    assertThat(as("xitong").send("POST", "/api/committees", Map.of("id", "qingshan",
            "name", "重复", "upperId", "nowhere", "termStart", "2026-01-01", "termEnd", "2030-12-31"))
        .expect(400).json().path("message").asText())
        .contains("已有编号为 qingshan 的党委(党组)").contains("未找到上级党委(党组)“nowhere”");
    assertThat(as("liuyang").send("POST", "/api/committees", Map.of("id", "xiling")).status())
        .as("only the system administrator adds committees").isEqualTo(403);
    Map<String, String> county = groups("qingshan");
    assertThat(county).containsEntry("office", "qingshanOffice")
        .containsEntry("discipline", "qingshanDiscipline");

    person("qinyue", "秦", "悦", county.get("office"), county.get("processOwner"));
    person("luhong", "卢", "红", county.get("discipline"));
    person("zhangpeng", "张", "鹏", county.get("organization"));
    person("xiaolin", "肖", "琳", county.get("propaganda"));
    person("liwen", "黎", "雯", county.get("inspection"));
    person("guoqiang", "郭", "强", county.get("audit"));
    person("sunyang", "孙", "阳");
    as("xitong").send("POST", "/api/committees/qingshan/leadership",
        Map.of("userId", "wanghai", "role", "SECRETARY", "title", "青山县委书记")).expect(201);
    // 王海 sits on the city's team too (市委常委), as an ordinary member: each team its own post
    as("xitong").send("POST", "/api/committees/jiangzhou/leadership",
        Map.of("userId", "wanghai", "role", "MEMBER", "title", "市委常委、青山县委书记")).expect(201);
    assertThat(as("xitong").send("POST", "/api/committees/jiangzhou/leadership",
            Map.of("userId", "wanghai", "role", "MEMBER", "title", "市委常委")).expect(400)
        .json().path("message").asText()).contains("已是该党委(党组)领导班子成员");
    assertThat(as("xitong").send("POST", "/api/committees/qingshan/leadership",
            Map.of("userId", "nobody", "role", "CHAIR", "title", "")).expect(400)
        .json().path("message").asText()).contains("未找到领导班子成员用户“nobody”");
    as("xitong").send("POST", "/api/committees/qingshan/organizations", Map.of("id", "qingquan",
        "name", "中共青山县青泉镇委员会", "shortName", "青泉镇党委", "kind", "TOWNSHIP",
        "topLeaderId", "sunyang", "termStart", today.minusMonths(6).toString(),
        "termEnd", today.plusYears(4).toString())).expect(201);

    // 市发展改革委党组 below 江州市委: its discipline body is the group the commission dispatched
    as("xitong").send("POST", "/api/committees", Map.of("id", "fagaiweidangzu",
        "name", "中共江州市发展和改革委员会党组", "shortName", "市发展改革委党组", "kind", "PARTY_GROUP",
        "upperId", "jiangzhou", "termStart", today.minusMonths(2).toString(),
        "termEnd", today.plusYears(5).toString())).expect(201);
    Map<String, String> partyGroup = groups("fagaiweidangzu");
    person("dingning", "丁", "宁", partyGroup.get("office"));
    person("fangyu", "方", "宇", partyGroup.get("organization"));
    member("hexin", partyGroup.get("dispatchedGroup"));
    person("kongfan", "孔", "帆");
    as("xitong").send("POST", "/api/committees/fagaiweidangzu/leadership",
        Map.of("userId", "xiedong", "role", "SECRETARY", "title", "市发展改革委党组书记、主任"))
        .expect(201);
    as("xitong").send("POST", "/api/committees/fagaiweidangzu/organizations", Map.of(
        "id", "jiagezhongxin", "name", "中共江州市价格监测中心支部委员会",
        "shortName", "市价格监测中心党支部", "kind", "INSTITUTION", "topLeaderId", "kongfan",
        "termStart", today.minusYears(1).toString(), "termEnd", today.plusYears(3).toString()))
        .expect(201);
  }

  @Test
  @Order(1)
  void aTownshipTalkRunsStartToArchiveHeldByTheCounty() {
    // only the county's office starts it; the city's office cannot pick the township
    assertThat(as("liuyang").engine("POST", "/process-definition/key/regularTalk/submit-form",
            Map.of("variables", start("qingquan", "lijianguo"))).expect(400).json()
        .path("message").asText()).contains("不在可选范围内");
    JsonNode started = as("qinyue").engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", start("qingquan", "wanghai"))).ok().json();
    countyTalk = started.path("id").asText();
    assertThat(started.path("tenantId").asText()).as("the county's tenant").isEqualTo("qingshan");

    Instant beforeTalk = endOfDay(planned.minusDays(1));
    JsonNode prepare = driver.awaitTask(countyTalk, "prepareTalk");
    assertThat(prepare.path("assignee").asText()).isEqualTo("wanghai");
    assertThat(due(prepare)).isEqualTo(beforeTalk);
    JsonNode selfInspection = driver.awaitTask(countyTalk, "selfInspection");
    assertThat(selfInspection.path("assignee").asText()).isEqualTo("sunyang");
    List<JsonNode> material = driver.awaitTasks(countyTalk, "provideMaterial", 5);
    assertThat(material).allSatisfy(t -> assertThat(due(t)).isEqualTo(beforeTalk));
    assertThat(candidates(material)).containsExactlyInAnyOrder("qingshanDiscipline",
        "qingshanOrganization", "qingshanPropaganda", "qingshanInspection", "qingshanAudit");

    submit("sunyang", selfInspection, Map.of("selfInspectionReport",
        string("对照规定逐项自查,发现基层党建责任落实不到位等问题。")));
    submit("wanghai", prepare, Map.of("preparationMaterials", string("巡察反馈意见"),
        "preparationIssues", string("基层党建责任落实不到位")));
    Map<String, String> units = Map.of("qingshanDiscipline", "luhong",
        "qingshanOrganization", "zhangpeng", "qingshanPropaganda", "xiaolin",
        "qingshanInspection", "liwen", "qingshanAudit", "guoqiang");
    for (JsonNode task : material) {
      String member = units.get(candidates(List.of(task)).get(0));
      claim(member, task);
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("material", string("县里掌握的情况(" + member + ")"));
      if (member.equals("luhong")) {
        // only the county commission's own staff can be sent to the talk
        assertThat(as("luhong").engine("POST", "/task/" + task.path("id").asText() + "/submit-form",
                Map.of("variables", Map.of("material", string("情况"), "attendee", string("zhenghua"))))
            .expect(400).json().path("message").asText()).contains("纪委监委(青山县委)");
        form.put("attendee", string("luhong"));
      }
      submit(member, task, form);
    }

    JsonNode hold = driver.awaitTask(countyTalk, "holdTalk");
    assertThat(hold.path("assignee").asText())
        .as("the county's secretary holds it (article 7), though only a member of the city's team")
        .isEqualTo("wanghai");
    submit("wanghai", hold, record());

    // rectification: measures within one month, results within three (article 11)
    JsonNode measures = driver.awaitTask(countyTalk, "submitMeasures");
    assertThat(measures.path("assignee").asText()).isEqualTo("sunyang");
    assertThat(due(measures)).isEqualTo(endOfDay(today.plusMonths(1)));
    submit("sunyang", measures, Map.of("reflections", string("深刻认识到问题的严重性"),
        "otherMeasures", string("一个月内完成征地矛盾排查")));
    JsonNode review = driver.awaitTask(countyTalk, "reviewMeasures");
    assertThat(candidates(List.of(review))).containsExactly("qingshanOffice");
    complete(review, "qinyue", Map.of("measuresDecision", string("ACCEPT"),
        "measuresReviewComment", string("通过")));
    JsonNode results = driver.awaitTask(countyTalk, "submitResults");
    assertThat(due(results)).isEqualTo(endOfDay(today.plusMonths(3)));
    submit("sunyang", results, Map.of("results", string("排查化解矛盾十二件")));
    complete(driver.awaitTask(countyTalk, "reviewResults"), "qinyue",
        Map.of("resultsDecision", string("RECTIFIED"), "resultsReviewComment", string("整改到位")));

    // the parts were copied, as they came into existence, to the county's commission (article 12)
    List<JsonNode> copies = as("luhong").get("/api/copies").ok().list();
    assertThat(copies).extracting(c -> c.path("part").asText())
        .contains("TALK_RECORD", "MEASURES", "RESULTS");
    assertThat(copies).allSatisfy(c -> assertThat(c.path("talkId").asText()).isEqualTo(countyTalk));
    assertThat(as("zhenghua").get("/api/copies").ok().list())
        .as("the city's commission gets none of the county's copies")
        .noneSatisfy(c -> assertThat(c.path("talkId").asText()).isEqualTo(countyTalk));
    readCopies("luhong", "qingshanDiscipline");
    readCopies("zhangpeng", "qingshanOrganization");

    complete(driver.awaitTask(countyTalk, "prepareArchive"), "qinyue",
        Map.of("copyToExtra", json(List.of()), "archiveRemark", string("按期归档")));
    for (String[] recipient : List.of(new String[] {"luhong", "qingshanDiscipline"},
        new String[] {"zhangpeng", "qingshanOrganization"})) {
      JsonNode read = awaitCandidateTask(recipient[0], "readArchive");
      assertThat(candidates(List.of(read))).containsExactly(recipient[1]);
      complete(read, recipient[0], Map.of("archiveRead", bool(true)));
    }
    await("the county's talk ends").atMost(Duration.ofSeconds(15)).until(() ->
        as("qinyue").engine("GET", "/history/process-instance/" + countyTalk, null).json()
            .path("state").asText().equals("COMPLETED"));
    assertThat(as("qinyue").get("/api/archives/" + countyTalk).ok().json().path("outcome").asText())
        .isEqualTo("RECTIFIED");

    // coverage: the township's leader is talked to in the county's term, not in the city's
    JsonNode row = as("qinyue").get("/api/coverage").ok().list().stream()
        .filter(r -> r.path("organizationId").asText().equals("qingquan")).findFirst().orElseThrow();
    assertThat(row.path("covered").asBoolean()).isTrue();
    assertThat(row.path("termName").asText()).isEqualTo("第十五届");
    assertThat(as("liuyang").get("/api/coverage").ok().list())
        .noneSatisfy(r -> assertThat(r.path("organizationId").asText()).isEqualTo("qingquan"));
  }

  @Test
  @Order(2)
  void eachCommitteeSeesItsOwnTalksAndTheCitySeesTheCountysFiguresOnly() {
    // a city talk with 王海 as talkee, and one with somebody else
    cityTalk = startAs("liuyang", "regularTalk", driver.regularStart("qingshan", "lijianguo"));
    String otherCityTalk = startAs("liuyang", "regularTalk",
        driver.regularStart("donghu", "lijianguo"));

    assertThat(ledger("qinyue")).containsExactly(countyTalk);
    assertThat(ledger("liuyang")).contains(cityTalk, otherCityTalk).doesNotContain(countyTalk);
    assertThat(ledger("wanghai")).as("his own talk as talkee, his township talk as talker")
        .containsExactlyInAnyOrder(cityTalk, countyTalk);
    assertThat(ledger("luhong")).containsExactly(countyTalk);
    assertThat(ledger("zhenghua")).doesNotContain(countyTalk);

    // the county's talk is not found by the city's office, anywhere
    assertThat(as("liuyang").get("/api/ledger/" + countyTalk).status()).isEqualTo(404);
    assertThat(as("liuyang").get("/api/archives/" + countyTalk).status()).isEqualTo(404);
    assertThat(as("liuyang").get("/api/talks/" + countyTalk + "/record.docx").status())
        .isEqualTo(404);
    assertThat(as("liuyang").engine("GET", "/history/process-instance?processInstanceId="
        + countyTalk, null).ok().list()).as("nor its history in the engine").isEmpty();
    assertThat(as("qinyue").engine("GET", "/process-instance/" + cityTalk, null).status())
        .as("nor the city's talks by the county's office").isEqualTo(404);
    assertThat(as("qinyue").engine("GET", "/task?processInstanceBusinessKey=" + enc(cityTalk),
        null).ok().list()).isEmpty();

    // 王海's Tasklist: his talk in the county as talker, none of the city's work but his own
    List<JsonNode> wanghaiTasks = as("wanghai").engine("GET", "/task", null).ok().list();
    assertThat(wanghaiTasks).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("selfInspection");
    assertThat(as("wanghai").engine("GET", "/process-instance/" + otherCityTalk, null).status())
        .as("a city talk he is no party to").isEqualTo(404);

    // the city's office sees the county's figures, names and dates, and none of its content
    Response oversight = as("liuyang").get("/api/oversight?year=" + today.getYear()).ok();
    JsonNode qingshan = oversight.list().stream()
        .filter(c -> c.path("id").asText().equals("qingshan")).findFirst().orElseThrow();
    assertThat(qingshan.path("figures").path("regular").path("held").asInt()).isEqualTo(1);
    assertThat(qingshan.path("figures").path("secretaryTalks").get(0).path("talkeeName").asText())
        .isEqualTo("孙阳");
    assertThat(qingshan.path("figures").path("rectification").path("measuresOnTime").asInt())
        .isEqualTo(1);
    assertThat(oversight.body()).doesNotContain(RECORD_PHRASE).doesNotContain("排查化解矛盾十二件");
    assertThat(as("zhenghua").get("/api/oversight/qingshan").ok().json().path("name").asText())
        .as("the city's discipline commission oversees too").isEqualTo("青山县委");
    assertThat(as("qinyue").get("/api/oversight").ok().list())
        .as("the county has no committee below it").isEmpty();
    assertThat(as("qinyue").get("/api/oversight/fagaiweidangzu").status()).isEqualTo(404);
    assertThat(as("wanghai").get("/api/oversight").status())
        .as("a talkee or leader oversees nothing").isEqualTo(403);
  }

  @Test
  @Order(3)
  void thePartyGroupsCopiesGoToTheGroupDispatchedToIt() {
    String talk = startAs("dingning", "regularTalk",
        driver.regularStart("jiagezhongxin", "xiedong"));
    List<JsonNode> material = driver.awaitTasks(talk, "provideMaterial", 2);
    assertThat(candidates(material)).as("a 党组's units (material-units.dmn)")
        .containsExactlyInAnyOrder("fagaiweidangzuDispatchedGroup", "fagaiweidangzuOrganization");
    submit("kongfan", driver.awaitTask(talk, "selfInspection"),
        Map.of("selfInspectionReport", string("自查报告")));
    submit("xiedong", driver.awaitTask(talk, "prepareTalk"),
        Map.of("preparationMaterials", string("材料"), "preparationIssues", string("问题")));
    for (JsonNode task : material) {
      String member = candidates(List.of(task)).get(0).endsWith("DispatchedGroup") ? "hexin"
          : "fangyu";
      complete(task, member, Map.of("material", string("情况")));
    }
    submit("xiedong", driver.awaitTask(talk, "holdTalk"), record());

    JsonNode copy = awaitCandidateTask("hexin", "readTalkRecordCopy");
    assertThat(candidates(List.of(copy))).containsExactly("fagaiweidangzuDispatchedGroup");
    assertThat(as("hexin").get("/api/copies/" + talk).ok().json().path("parts").size())
        .isEqualTo(1);
    assertThat(as("zhenghua").get("/api/copies/" + talk).status())
        .as("not the city's commission").isEqualTo(404);
  }

  @Test
  @Order(4)
  void theCountysAnnualReportReachesTheCitysOffice() {
    Job schedule = management.createJobQuery().processDefinitionKey("annualReportSchedule")
        .timers().singleResult();
    management.executeJob(schedule.getId());
    int year = today.getYear() - 1;
    JsonNode review = awaitCandidateTask("qinyue", "reviewReport");
    complete(review, "qinyue", Map.of("reportReviewed", bool(true),
        "reportRemark", string("青山县委补充说明")));

    JsonNode read = awaitCandidateTask("liuyang", "readLowerReport");
    assertThat(candidates(List.of(read))).containsExactly("office");
    JsonNode summary = as("liuyang").engine("GET", "/task/" + read.path("id").asText()
        + "/form-variables", null).ok().json();
    assertThat(summary.path("lowerCommitteeName").path("value").asText()).isEqualTo("青山县委");
    assertThat(as("liuyang").get("/api/oversight/qingshan/reports/" + year + ".docx").status())
        .isEqualTo(200);
    assertThat(as("liuyang").engine("POST", "/task/" + read.path("id").asText() + "/claim",
        Map.of("userId", "liuyang")).status()).isEqualTo(204);
    assertThat(as("liuyang").engine("POST", "/task/" + read.path("id").asText() + "/submit-form",
            Map.of("variables", Map.of("lowerReportDecision", string("RETURN")))).expect(400)
        .json().path("message").asText()).contains("请填写退回意见");
    submit("liuyang", read, Map.of("lowerReportDecision", string("RETURN"),
        "lowerReportRemarks", string("请补充乡镇党委书记全覆盖情况")));

    JsonNode again = awaitCandidateTask("qinyue", "reviewReport");
    JsonNode returned = as("qinyue").engine("GET", "/task/" + again.path("id").asText()
        + "/form-variables", null).ok().json();
    assertThat(returned.path("upperRemarks").path("value").asText())
        .isEqualTo("请补充乡镇党委书记全覆盖情况");
    complete(again, "qinyue", Map.of("reportReviewed", bool(true),
        "reportRemark", string("已补充全覆盖情况")));
    complete(awaitCandidateTask("liuyang", "readLowerReport"), "liuyang",
        Map.of("lowerReportDecision", string("ACCEPT")));

    await("the county's report is accepted").atMost(Duration.ofSeconds(15)).until(() ->
        "ACCEPT".equals(as("liuyang").get("/api/oversight/qingshan?year=" + year).ok().json()
            .path("upperDecision").asText()));
    assertThat(as("qinyue").get("/api/reports/" + year).ok().json().path("remark").asText())
        .isEqualTo("已补充全覆盖情况");
  }

  // ---------------------------------------------------------------------------------------------

  private Rest as(String user) {
    return List.of("xitong", "qinyue", "luhong", "zhangpeng", "xiaolin", "liwen", "guoqiang",
        "sunyang", "dingning", "fangyu", "kongfan").contains(user)
        ? driver.rest.as(user, PASSWORD) : driver.as(user);
  }

  private String startAs(String user, String key, Map<String, Object> variables) {
    return as(user).engine("POST", "/process-definition/key/" + key + "/submit-form",
        Map.of("variables", variables)).ok().json().path("id").asText();
  }

  private void claim(String user, JsonNode task) {
    as(user).engine("POST", "/task/" + task.path("id").asText() + "/claim", Map.of("userId", user))
        .expect(204);
  }

  private void submit(String user, JsonNode task, Map<String, Object> variables) {
    as(user).engine("POST", "/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", variables)).expect(204);
  }

  /** Submits the task as its assignee, claiming it first for the person if nobody holds it. */
  private void complete(JsonNode task, String claimer, Map<String, Object> variables) {
    String assignee = driver.assignee(task);
    if (assignee == null) {
      claim(claimer, task);
      assignee = claimer;
    }
    submit(assignee, task, variables);
  }

  /** A person made in Camunda's identity (as Camunda Admin would), in the given groups. */
  private void person(String id, String surname, String givenName, String... groups) {
    driver.as("admin").engine("POST", "/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", surname, "lastName", givenName,
            "email", id + "@example.org"),
        "credentials", Map.of("password", PASSWORD))).expect(204);
    for (String group : groups) {
      member(id, group);
    }
  }

  private void member(String userId, String group) {
    driver.as("admin").engine("PUT", "/group/" + group + "/members/" + userId, null).expect(204);
  }

  /** The committee's group of each role, as the administrator reads them. */
  private Map<String, String> groups(String committee) {
    Map<String, String> groups = new LinkedHashMap<>();
    as("xitong").get("/api/committees/" + committee + "/groups").ok().list()
        .forEach(g -> groups.put(g.path("role").asText(), g.path("groupId").asText()));
    return groups;
  }

  private Map<String, Object> start(String organization, String talker) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("talkerId", string(talker));
    variables.put("plannedTalkDate", string(planned.toString()));
    variables.put("planYear", Map.of("value", planned.getYear(), "type", "Integer"));
    return variables;
  }

  private Map<String, Object> record() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", string(today.toString()));
    record.put("selfInspectionHeard", string("听取了自查情况。"));
    record.put("problems", string(RECORD_PHRASE));
    record.put("explanation", string("作了说明。"));
    record.put("requirements", string("一个月内提出整改措施。"));
    record.put("commitment", string("坚决整改。"));
    return record;
  }

  private void readCopies(String member, String group) {
    await("the three copies for " + group).atMost(Duration.ofSeconds(15)).until(() ->
        as(member).engine("GET", "/task?candidateGroup=" + group, null).ok().list().size() == 3);
    List<JsonNode> open = as(member).engine("GET", "/task?candidateGroup=" + group, null).ok().list();
    for (JsonNode task : open) {
      complete(task, member, Map.of("copyRead", bool(true)));
    }
  }

  private JsonNode awaitCandidateTask(String user, String key) {
    await(key + " for " + user).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
        .until(() -> !as(user).engine("GET", "/task?taskDefinitionKey=" + key
            + "&candidateUser=" + user, null).ok().list().isEmpty());
    return as(user).engine("GET", "/task?taskDefinitionKey=" + key + "&candidateUser=" + user,
        null).ok().list().get(0);
  }

  private List<String> candidates(List<JsonNode> tasks) {
    return tasks.stream().flatMap(t -> driver.as("admin").engine("GET", "/task/"
            + t.path("id").asText() + "/identity-links?type=candidate", null).ok().list().stream())
        .map(l -> l.path("groupId").asText()).toList();
  }

  private List<String> ledger(String user) {
    return as(user).get("/api/ledger?size=100").ok().json().path("rows").findValuesAsText("talkId");
  }

  private static Instant due(JsonNode task) {
    return java.time.OffsetDateTime.parse(task.path("due").asText(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
  }

  private static Instant endOfDay(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(RegularTalkRestFlow.CHINA).toInstant();
  }
}
