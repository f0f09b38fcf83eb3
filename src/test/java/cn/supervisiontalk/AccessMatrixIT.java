package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import cn.supervisiontalk.security.UnseenTalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Article 16 as a matrix: each role against each resource of two talks, asserted over REST as that
 * person. Talk A (青山县委, talkee 王海, talker 李建国) is run to its archive by
 * {@link RegularTalkRestFlow} and copied to discipline, organization and propaganda; talk B
 * (市教育局党组, talkee 韩雪, talker 赵敏) is running, in preparation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  private static final String DATABASE = "access-matrix-it-" + UUID.randomUUID();
  private static final String OWNER = "liwei";
  private static final String OWNER_PASSWORD = "owner-only-1";

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  private Rest rest;
  private String talkA;
  private String talkB;
  private String selfInspectionB;

  @BeforeAll
  void twoTalks() {
    rest = new Rest("http://localhost:" + port);
    talkA = new RegularTalkRestFlow("http://localhost:" + port).run();
    LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
    LocalDate planned = today.plusDays(3).getYear() == today.getYear() ? today.plusDays(3) : today;
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", Map.of("value", "jiaoyuju", "type", "String"));
    variables.put("talkerId", Map.of("value", "zhaomin", "type", "String"));
    variables.put("plannedTalkDate", Map.of("value", planned.toString(), "type", "String"));
    variables.put("planYear", Map.of("value", planned.getYear(), "type", "Integer"));
    talkB = rest.as("huangjing").engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", variables)).ok().json().path("id").asText();
    selfInspectionB = rest.as("admin").engine("GET", "/task?processInstanceId=" + talkB
        + "&taskDefinitionKey=selfInspection", null).ok().list().get(0).path("id").asText();
    // a process owner who is nothing else
    rest.as("admin").engine("POST", "/user/create", Map.of(
        "profile", Map.of("id", OWNER, "firstName", "李伟", "lastName", "流程负责人"),
        "credentials", Map.of("password", OWNER_PASSWORD))).expect(204);
    rest.as("admin").engine("PUT", "/group/processOwner/members/" + OWNER, null).expect(204);
  }

  /** Resources, each read as one person: true when it answers with the content. */
  private Map<String, Boolean> reads(Rest as) {
    Map<String, Boolean> r = new LinkedHashMap<>();
    r.put("task", as.engine("GET", "/task/" + selfInspectionB, null).status() == 200);
    r.put("taskVariables", as.engine("GET", "/task/" + selfInspectionB + "/variables", null).status() == 200);
    r.put("instance", as.engine("GET", "/process-instance/" + talkB, null).status() == 200);
    r.put("variables", as.engine("GET", "/process-instance/" + talkB + "/variables", null).status() == 200);
    // what a task's form shows (the names on its card included) is put on the task itself for
    // whoever may work on it; a variable not on a task is the talk's own
    Response variables = as.engine("GET", "/variable-instance?processInstanceIdIn=" + talkB, null);
    r.put("variableQuery", variables.status() == 200 && variables.list().stream()
        .anyMatch(v -> v.path("taskId").isNull() || v.path("taskId").asText().isEmpty()));
    r.put("history", as.engine("GET", "/history/process-instance/" + talkB, null).status() == 200);
    r.put("historicVariables", nonEmpty(as.engine("GET",
        "/history/variable-instance?processInstanceId=" + talkB, null)));
    r.put("historicTasks", nonEmpty(as.engine("GET", "/history/task?taskId=" + selfInspectionB, null)));
    r.put("archivedHistory", as.engine("GET", "/history/process-instance/" + talkA, null).status() == 200);
    r.put("archive", as.get("/api/archives/" + talkA).status() == 200);
    r.put("report", as.get("/api/reports/" + LocalDate.now().getYear()).status() == 200);
    return r;
  }

  private static boolean nonEmpty(Response response) {
    return response.status() == 200 && !response.list().isEmpty();
  }

  private static Map<String, Boolean> expect(String allowed) {
    Set<String> yes = Set.of(allowed.isBlank() ? new String[0] : allowed.split(","));
    Map<String, Boolean> r = new LinkedHashMap<>();
    for (String resource : List.of("task", "taskVariables", "instance", "variables", "variableQuery",
        "history", "historicVariables", "historicTasks", "archivedHistory", "archive", "report")) {
      r.put(resource, yes.contains(resource));
    }
    return r;
  }


  @Test
  void eachRoleReadsWhatArticle16Allows() {
    Map<String, Map<String, Boolean>> expected = new LinkedHashMap<>();
    expected.put("huangjing 办公室", expect(
        "instance,variables,variableQuery,history,historicVariables,historicTasks,archivedHistory,archive,report"));
    expected.put("zhaomin 谈话人(B)", expect("instance,history,historicVariables,historicTasks"));
    expected.put("lijianguo 谈话人(A)", expect("archivedHistory,archive"));
    expected.put("hanxue 被谈话人(B)", expect("task,taskVariables,instance,historicTasks"));
    expected.put("wanghai 被谈话人(A)", expect("archive"));
    expected.put("majun 宣传部(A抄送)", expect("archive"));
    expected.put("zhuhong 巡察办(未抄送)", expect(""));
    expected.put("chenzhiqiang 领导班子成员", expect(""));
    expected.put("hexin 派驻纪检监察组", expect(""));
    expected.put(OWNER + " 流程负责人", expect("instance,history,archivedHistory"));
    expected.put("admin 系统管理员", expect(
        "task,taskVariables,instance,variables,variableQuery,history,historicVariables,historicTasks,"
            + "archivedHistory,archive,report"));

    Map<String, Map<String, Boolean>> actual = new LinkedHashMap<>();
    for (String who : expected.keySet()) {
      String user = who.substring(0, who.indexOf(' '));
      Rest as = user.equals(OWNER) ? rest.as(OWNER, OWNER_PASSWORD) : rest.as(user);
      actual.put(who, reads(as));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theProcessOwnerFollowsTheProcessesNotTheTasksNorTheOperationLog() {
    Rest owner = rest.as(OWNER, OWNER_PASSWORD);
    assertThat(owner.engine("GET", "/history/activity-instance?processInstanceId=" + talkB, null)
        .ok().list()).as("the course of the process").isNotEmpty();
    for (String path : List.of("/history/task?processInstanceId=" + talkB, "/history/task/count",
        "/history/user-operation?processInstanceId=" + talkA, "/history/user-operation/count",
        "/history/identity-link-log?processInstanceId=" + talkB,
        "/history/task/report?reportType=count&groupBy=taskName")) {
      Response refused = owner.engine("GET", path, null);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).contains("流程负责人只能查看流程的进程");
    }
    assertThat(rest.as("huangjing").engine("GET", "/history/user-operation/count", null).status())
        .as("the office keeps its reach").isEqualTo(200);
  }

  @Test
  void eachPersonListsOnlyTheirOwnTasks() {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    expected.put("hanxue", Set.of("selfInspection"));
    expected.put("zhaomin", Set.of("prepareTalk"));
    expected.put("zhuhong", Set.of("provideMaterial"));
    expected.put("zhenghua", Set.of("provideMaterial"));
    expected.put("huangjing", Set.of());
    expected.put("wanghai", Set.of());
    expected.put("chenzhiqiang", Set.of());
    Map<String, Set<String>> actual = new LinkedHashMap<>();
    for (String user : expected.keySet()) {
      List<JsonNode> tasks = rest.as(user).engine("GET", "/task?processInstanceId=" + talkB, null)
          .ok().list();
      actual.put(user, tasks.stream().map(t -> t.path("taskDefinitionKey").asText())
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(rest.as("hanxue").engine("GET", "/task", null).ok().list())
        .as("all tasks a talkee sees are their own").hasSize(1);
    assertThat(rest.as("wanghai").engine("GET", "/task", null).ok().list()).isEmpty();
    assertThat(rest.as("admin").engine("GET", "/task?processInstanceId=" + talkB, null).ok().list())
        .as("talk B: talker, talkee and five units at work").hasSize(7);
  }

  @Test
  void archiveListsShowEachPersonTheirOwn() {
    assertThat(archiveIds("huangjing", "/api/archives")).containsExactly(talkA);
    assertThat(archiveIds("lijianguo", "/api/archives")).containsExactly(talkA);
    assertThat(archiveIds("majun", "/api/archives?copiedTo=propaganda")).containsExactly(talkA);
    assertThat(archiveIds("zhenghua", "/api/archives")).as("copied to discipline").containsExactly(talkA);
    assertThat(archiveIds("zhuhong", "/api/archives")).isEmpty();
    assertThat(archiveIds("zhaomin", "/api/archives")).isEmpty();
    assertThat(archiveIds("hanxue", "/api/archives?talkeeId=hanxue")).isEmpty();

    JsonNode own = rest.as("wanghai").get("/api/archives/" + talkA).ok().json();
    assertThat(own.path("measures").size()).as("the talkee reads their own measures").isEqualTo(2);
    assertThat(own.path("materials").size()).as("but not the units' material about them").isZero();
    assertThat(own.path("talkRecord").has("preparationIssues")).isFalse();
    assertThat(rest.as("huangjing").get("/api/archives/" + talkA).ok().json().path("materials").size())
        .isEqualTo(5);

    unseen(rest.as("zhuhong").get("/api/archives/" + talkA));
    unseen(rest.as("zhuhong").get("/api/archives/no-such-talk"));
    forbidden(rest.as("zhuhong").get("/api/archives?copiedTo=propaganda"));
    forbidden(rest.as("hanxue").get("/api/archives?talkeeId=wanghai"));
    forbidden(rest.as("lijianguo").get("/api/reports/" + LocalDate.now().getYear()));
    forbidden(rest.as("majun").get("/api/plans/" + LocalDate.now().getYear()));
    forbidden(rest.as("majun").get("/api/coverage"));
    assertThat(rest.as("majun").get("/api/organizations").status()).isEqualTo(200);
  }

  @Test
  void nothingIsAnonymousButLoginAndHealth() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance/" + talkB,
        "/engine-rest/history/process-instance", "/api/archives", "/api/archives/" + talkA,
        "/api/reports/2026", "/api/organizations", "/api/plans/2026", "/api/coverage")) {
      Response response = rest.get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.json().path("message").asText()).as(path).contains("请先登录");
    }
    // a wrong password (Camunda then delays this user's next login: nobody else in this class)
    assertThat(rest.as("fengtao", "guess").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(rest.as("fengtao", "guess").get("/api/archives").json().path("message").asText())
        .isEqualTo("用户名或口令不正确。");
    assertThat(rest.get("/actuator/health").status()).isEqualTo(200);
    assertThat(rest.get("/actuator/info").status()).isNotEqualTo(200);
    assertThat(rest.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
  }

  @Test
  void webappsByRole() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, String> actual = new LinkedHashMap<>();
    for (String[] c : new String[][] {
        {"hanxue", "demo", "tasklist", "200"}, {"hanxue", "demo", "cockpit", "403"},
        {"huangjing", "demo", "tasklist", "200"}, {"huangjing", "demo", "cockpit", "403"},
        {"liuyang", "demo", "cockpit", "200"}, {OWNER, OWNER_PASSWORD, "cockpit", "200"},
        {OWNER, OWNER_PASSWORD, "admin", "403"}, {"huangjing", "demo", "admin", "403"},
        {"admin", "admin", "admin", "200"}, {"hulin", "wrong", "tasklist", "401"}}) {
      String key = c[0] + "→" + c[2];
      expected.put(key, c[3]);
      actual.put(key, String.valueOf(webappLogin(c[0], c[1], c[2])));
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** The webapps' own login form: 200 when the person may use that app. */
  private int webappLogin(String user, String password, String app) throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String base = "http://localhost:" + port + "/camunda";
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/app/" + app + "/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return login.statusCode();
  }

  private List<String> archiveIds(String user, String path) {
    List<String> ids = new ArrayList<>();
    rest.as(user).get(path).ok().list().forEach(a -> ids.add(a.path("talkId").asText()));
    return ids;
  }

  /** A talk one may not see answers as one that does not exist. */
  private static void unseen(Response response) {
    assertThat(response.status()).as(response.request()).isEqualTo(404);
    assertThat(response.json().path("message").asText()).as(response.request())
        .isEqualTo(UnseenTalk.MESSAGE);
  }

  private static void forbidden(Response response) {
    assertThat(response.status()).as(response.request()).isEqualTo(403);
    assertThat(RegularTalkRestFlow.Rest.JSON.valueToTree(response.json()).path("message").asText())
        .as(response.request()).isNotBlank();
  }
}
