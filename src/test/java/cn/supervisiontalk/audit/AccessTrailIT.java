package cn.supervisiontalk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.supervisiontalk.audit.TrailHttp.Answer;
import cn.supervisiontalk.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The access trail over HTTP on H2, the tests' organization loaded: each recorded action leaves
 * exactly one row with the right actor, object and outcome (reads of task content through
 * /engine-rest and Tasklist's /camunda/api, the talk's start, claims and submissions, the copy of
 * the talk record made on the talker's submission, /api reads, user and group administration,
 * logins, failed logins and logout), a refused request (403) is recorded as refused, unlisted
 * requests leave nothing, and only the auditor reads the trail (page, CSV, verification).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AccessTrailIT {

  private static final String DATABASE = "access-trail-it-" + UUID.randomUUID();
  private static final String DEMO = "demo";
  private static final String OFFICE = "liuyang";
  private static final String TALKER = "lijianguo";
  private static final String TALKEE = "wanghai";
  private static final String AUDITOR = "trailauditor";
  private static final String AUDITOR_PASSWORD = "Audit#Passw0rd-2026";
  private static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("discipline", "zhenghua");
    UNITS.put("organization", "xuming");
    UNITS.put("propaganda", "majun");
    UNITS.put("inspection", "zhuhong");
    UNITS.put("audit", "hulin");
  }

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private IdentityService identity;

  private TrailRows rows;

  @BeforeEach
  void auditor() {
    rows = new TrailRows(jdbc);
    if (identity.createGroupQuery().groupId(Roles.AUDITOR).count() == 0) {
      Group group = identity.newGroup(Roles.AUDITOR);
      group.setName("安全审计员");
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(AUDITOR).count() == 0) {
      User user = identity.newUser(AUDITOR);
      user.setFirstName("审");
      user.setLastName("计员");
      user.setPassword(AUDITOR_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(AUDITOR, Roles.AUDITOR);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private TrailHttp as(String user) {
    return TrailHttp.basic(base(), user, user.equals("admin") ? "admin" : DEMO);
  }

  /** Runs the request and checks the one row it leaves; returns that row. */
  private Map<String, Object> recorded(Supplier<Answer> request, String actor, String action,
      String objectType, String objectId) {
    long before = rows.last();
    Answer answer = request.get();
    Map<String, Object> row = rows.one(before);
    assertRow(row, actor, action, objectType, objectId, answer.status());
    return row;
  }

  private static void assertRow(Map<String, Object> row, String actor, String action,
      String objectType, String objectId, int status) {
    assertThat(row.get("ACTOR")).as("actor of %s", row).isEqualTo(actor);
    assertThat(row.get("ACTION")).as("action of %s", row).isEqualTo(action);
    assertThat(row.get("OBJECT_TYPE")).as("object type of %s", row).isEqualTo(objectType);
    assertThat(row.get("OBJECT_ID")).as("object of %s", row).isEqualTo(objectId);
    assertThat(row.get("HTTP_STATUS")).as("status of %s", row).isEqualTo(status);
    assertThat(row.get("OUTCOME")).as("outcome of %s", row)
        .isEqualTo(TrailEntry.Outcome.of(status).code());
    assertThat((String) row.get("REMOTE_ADDRESS")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void loginsFailedLoginsAndLogout() {
    // a wrong HTTP basic password on /api and on /engine-rest: failed logins, whatever the address
    Map<String, Object> basicApi = recorded(
        () -> TrailHttp.basic(base(), TALKEE, "wrong").get("/api/ledger").expect(401),
        "anonymous", "login.failed", "user", TALKEE);
    assertThat(basicApi.get("OUTCOME")).isEqualTo("refused");
    recorded(() -> TrailHttp.basic(base(), TALKEE, "wrong").get("/engine-rest/task").expect(401),
        "anonymous", "login.failed", "user", TALKEE);

    TrailHttp browser = TrailHttp.browser(base());
    recorded(() -> browser.login(TALKEE, "wrong").expect(401), "anonymous", "login.failed",
        "user", TALKEE);
    recorded(() -> browser.login(TALKER, DEMO).expect(200), TALKER, "login", "user", TALKER);
    recorded(() -> browser.logout().expect(200), TALKER, "logout", "user", null);
  }

  @Test
  void aTalkFromStartToItsRecordLeavesOneRowPerAction() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate planned = today.plusDays(7).getYear() == today.getYear() ? today.plusDays(7) : today;
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("organizationId", string("qingshan"));
    start.put("talkerId", string(TALKER));
    start.put("plannedTalkDate", string(planned.toString()));
    start.put("planYear", Map.of("value", planned.getYear(), "type", "Integer"));
    long beforeStart = rows.last();
    String talkId = as(OFFICE).json("POST",
        "/engine-rest/process-definition/key/regularTalk/submit-form", Map.of("variables", start))
        .expect(200).json().path("id").asText();
    assertRow(rows.one(beforeStart), OFFICE, "process.start", "process-definition", "regularTalk", 200);

    // listing tasks is not recorded; reading a task's form values is, with the task and its talk
    long beforeList = rows.last();
    String prepare = onlyTask(talkId, "assignee=" + TALKER);
    rows.none(beforeList);
    Map<String, Object> read = recorded(
        () -> as(TALKER).get("/engine-rest/task/" + prepare + "/form-variables").expect(200),
        TALKER, "task.form.read", "task", prepare);
    assertThat((String) read.get("DETAIL")).contains("谈话准备").contains("prepareTalk")
        .contains("谈话 " + talkId);

    // the same through Tasklist's API, logged in
    TrailHttp tasklist = TrailHttp.browser(base());
    tasklist.login(TALKER, DEMO).expect(200);
    recorded(() -> tasklist.get(TrailHttp.WEBAPP_ENGINE + "/task/" + prepare + "/variables")
        .expect(200), TALKER, "task.variables.read", "task", prepare);

    // claim, try to hand back, submit: the units' material
    String discipline = UNITS.get("discipline");
    String material = onlyTask(talkId, "candidateUser=" + discipline);
    recorded(() -> as(discipline).json("POST", "/engine-rest/task/" + material + "/claim",
        Map.of("userId", discipline)).expect(204), discipline, "task.claim", "task", material);
    // a unit's member may not hand the task back (only the office may): refused, and recorded so
    Map<String, Object> unclaim = recorded(() -> as(discipline).json("POST",
        "/engine-rest/task/" + material + "/unclaim", null), discipline, "task.unclaim", "task", material);
    boolean handedBack = ((Number) unclaim.get("HTTP_STATUS")).intValue() < 300;
    for (Map.Entry<String, String> unit : UNITS.entrySet()) {
      String member = unit.getValue();
      boolean stillClaimed = member.equals(discipline) && !handedBack;
      String task = stillClaimed ? material : onlyTask(talkId, "candidateUser=" + member);
      if (!stillClaimed) {
        as(member).json("POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", member))
            .expect(204);
      }
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("material", string("本单位掌握的情况。"));
      if (unit.getKey().equals("discipline")) {
        variables.put("attendee", string(member));
      }
      Map<String, Object> done = recorded(() -> as(member).json("POST",
          "/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables)).expect(204),
          member, "task.complete", "task", task);
      assertThat((String) done.get("DETAIL")).contains("provideMaterial").contains(talkId);
    }
    String self = onlyTask(talkId, "assignee=" + TALKEE);
    recorded(() -> as(TALKEE).json("POST", "/engine-rest/task/" + self + "/submit-form",
        Map.of("variables", Map.of("selfInspectionReport", string("自查情况。")))).expect(204),
        TALKEE, "task.complete", "task", self);
    recorded(() -> tasklist.json("POST", TrailHttp.WEBAPP_ENGINE + "/task/" + prepare + "/submit-form",
        Map.of("variables", Map.of("preparationMaterials", string("《工作办法》"),
            "preparationIssues", string("拟指出的问题。")))).expect(204),
        TALKER, "task.complete", "task", prepare);

    // the talker's record: the submission and the copy of the record made in it
    await().atMost(Duration.ofSeconds(15)).until(() -> tasks(talkId, "assignee=" + TALKER).size() == 1);
    String hold = onlyTask(talkId, "assignee=" + TALKER);
    long beforeRecord = rows.last();
    as(TALKER).json("POST", "/engine-rest/task/" + hold + "/submit-form",
        Map.of("variables", talkRecord(today))).expect(204);
    List<Map<String, Object>> recordRows = rows.expect(beforeRecord, 2);
    Map<String, Object> copy = recordRows.stream()
        .filter(r -> r.get("ACTION").equals("copy.made")).findFirst().orElseThrow();
    assertThat(copy.get("ACTOR")).isEqualTo(TALKER);
    assertThat(copy.get("OBJECT_TYPE")).isEqualTo("talk");
    assertThat(copy.get("OBJECT_ID")).isEqualTo(talkId);
    assertThat((String) copy.get("DETAIL")).contains("part=TALK_RECORD");
    Map<String, Object> holdRow = recordRows.stream()
        .filter(r -> r.get("ACTION").equals("task.complete")).findFirst().orElseThrow();
    assertRow(holdRow, TALKER, "task.complete", "task", hold, 204);
    assertThat((String) holdRow.get("DETAIL")).contains("holdTalk").contains(talkId);

    // reads of the application's own API
    recorded(() -> as(OFFICE).get("/api/ledger/" + talkId).expect(200), OFFICE,
        "ledger.talk.read", "talk", talkId);
    recorded(() -> as(discipline).get("/api/copies/" + talkId).expect(200), discipline,
        "copy.read", "talk", talkId);
    Map<String, Object> docx = recorded(() -> as(OFFICE).get("/api/talks/" + talkId + "/record.docx")
        .expect(200), OFFICE, "document.download", "talk", talkId);
    assertThat(docx.get("DETAIL")).isEqualTo("file=record.docx");
    recorded(() -> as(OFFICE).get("/engine-rest/process-instance/" + talkId + "/variables")
        .expect(200), OFFICE, "process.variables.read", "process-instance", talkId);

    // refused: the talkee may not read the annual report
    Map<String, Object> refused = recorded(() -> as(TALKEE).get("/api/reports/2026").expect(403),
        TALKEE, "report.read", "report", "2026");
    assertThat(refused.get("OUTCOME")).isEqualTo("refused");
  }

  @Test
  void usersGroupsAndMembershipsChangedByTheAdministrator() {
    TrailHttp admin = as("admin");
    String user = "trailprobe";
    recorded(() -> admin.json("POST", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", user, "firstName", "测", "lastName", "试", "email", "probe@example.org"),
        "credentials", Map.of("password", "Probe#Passw0rd-2026"))), "admin", "user.create", "user", user);
    recorded(() -> admin.json("POST", "/engine-rest/group/create",
        Map.of("id", "trailprobegroup", "name", "测试组", "type", "WORKFLOW")),
        "admin", "group.create", "group", "trailprobegroup");
    Map<String, Object> add = recorded(() -> admin.json("PUT",
        "/engine-rest/group/trailprobegroup/members/" + user, null),
        "admin", "membership.add", "group", "trailprobegroup");
    assertThat(add.get("DETAIL")).isEqualTo("user=" + user);
    recorded(() -> admin.json("DELETE", "/engine-rest/group/trailprobegroup/members/" + user, null),
        "admin", "membership.remove", "group", "trailprobegroup");
    recorded(() -> admin.json("PUT", "/engine-rest/user/" + user + "/profile",
        Map.of("id", user, "firstName", "测", "lastName", "试改", "email", "probe@example.org")),
        "admin", "user.profile", "user", user);
    long beforeGrant = rows.last();
    Answer granted = admin.json("POST", "/engine-rest/authorization/create", Map.of("type", 1,
        "permissions", List.of("ACCESS"), "userId", user, "resourceType", 0, "resourceId", "tasklist"));
    Map<String, Object> grant = rows.one(beforeGrant);
    assertRow(grant, "admin", "authorization.create", "authorization", null, granted.status());
    assertThat((String) grant.get("DETAIL")).contains("userId=" + user).contains("resourceId=tasklist")
        .contains("permissions=[\"ACCESS\"]");
    if (granted.status() == 200) {
      String id = granted.json().path("id").asText();
      recorded(() -> admin.json("DELETE", "/engine-rest/authorization/" + id, null),
          "admin", "authorization.delete", "authorization", id);
    }
    recorded(() -> admin.json("DELETE", "/engine-rest/group/trailprobegroup", null),
        "admin", "group.delete", "group", "trailprobegroup");
    recorded(() -> admin.json("DELETE", "/engine-rest/user/" + user, null),
        "admin", "user.delete", "user", user);
  }

  @Test
  void onlyTheAuditorReadsTheTrail() {
    // the administrator is refused, and the refusal is on record
    recorded(() -> as("admin").get("/api/trail").expect(403), "admin", "trail.read",
        "access-trail", null);
    recorded(() -> as(OFFICE).get("/api/trail/verification").expect(403), OFFICE, "trail.verify",
        "access-trail", null);
    long beforeStatic = rows.last();
    as(OFFICE).get("/camunda/app/tasklist/");
    as(OFFICE).get("/engine-rest/task?assignee=" + OFFICE).expect(200);
    rows.none(beforeStatic);

    TrailHttp auditor = TrailHttp.basic(base(), AUDITOR, AUDITOR_PASSWORD);
    await().atMost(Duration.ofSeconds(5)).until(() -> rows.last() > 0);
    JsonNode page = auditor.get("/api/trail?size=2").expect(200).json();
    assertThat(page.path("rows")).hasSize(2);
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode first = page.path("rows").get(0);
    assertThat(first.path("seq").asLong()).as("newest first")
        .isGreaterThan(page.path("rows").get(1).path("seq").asLong());
    assertThat(first.path("actionName").asText()).isNotBlank();

    JsonNode refusals = auditor.get("/api/trail?action=trail.read&outcome=refused&actor=admin")
        .expect(200).json();
    assertThat(refusals.path("rows")).isNotEmpty();
    refusals.path("rows").forEach(row -> {
      assertThat(row.path("actionName").asText()).isEqualTo("查询访问留痕");
      assertThat(row.path("outcomeName").asText()).isEqualTo("拒绝");
      assertThat(row.path("httpStatus").asInt()).isEqualTo(403);
    });
    assertThat(auditor.get("/api/trail?outcome=maybe").expect(400).body())
        .contains("succeeded(成功)");
    assertThat(auditor.get("/api/trail?from=2026-13-01").expect(400).body()).contains("格式不正确");

    HttpResponse<byte[]> csv = auditor.bytes("/api/trail.csv?actor=admin");
    assertThat(csv.statusCode()).isEqualTo(200);
    byte[] body = csv.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("序号,时间,操作人,来源地址,操作,操作代码").contains(",查询访问留痕,trail.read,");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(".csv");

    JsonNode check = auditor.get("/api/trail/verification").expect(200).json();
    assertThat(check.path("intact").asBoolean()).as(check.toString()).isTrue();
    assertThat(check.path("rowsChecked").asLong()).isGreaterThan(0);
    assertThat(check.path("message").asText()).startsWith("访问留痕完整");
  }

  private List<JsonNode> tasks(String talkId, String query) {
    JsonNode list = as("admin").get("/engine-rest/task?processInstanceBusinessKey=" + talkId + "&"
        + query).expect(200).json();
    return list.findParents("id").stream().filter(n -> n.has("taskDefinitionKey")).toList();
  }

  private String onlyTask(String talkId, String query) {
    List<JsonNode> found = tasks(talkId, query);
    assertThat(found).as("tasks with %s", query).hasSize(1);
    return found.get(0).path("id").asText();
  }

  private static Map<String, Object> talkRecord(LocalDate talkDate) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", string(talkDate.toString()));
    record.put("attendeeIds", Map.of("value", "[\"zhenghua\"]", "type", "Json"));
    record.put("selfInspectionHeard", string("听取了自查情况。"));
    record.put("problems", string("问题一"));
    record.put("explanation", string("作了说明。"));
    record.put("requirements", string("要求一"));
    record.put("commitment", string("坚决整改。"));
    return record;
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }
}
