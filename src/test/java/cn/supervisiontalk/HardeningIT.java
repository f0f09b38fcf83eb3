package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import probe.Instantiated;

/**
 * Abuse of the engine's doors (issue 14): values naming a Java class, impossible dates, models with
 * scripts, and a person renaming themself. Each is refused with a Chinese 4xx and changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningIT {

  private static final String DATABASE = "hardening-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @Autowired ProcessEngine engine;
  @Autowired cn.supervisiontalk.security.RecentBasicLogins recentLogins;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @LocalServerPort int port;

  private Rest office;
  private Rest talkee;
  private String talk;
  private String task;

  @BeforeAll
  void runningTalk() {
    Rest rest = new Rest("http://localhost:" + port);
    office = rest.as("huangjing");
    talkee = rest.as("wanghai");
    talk = office.engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", start(string(planned().toString())))).ok().json().path("id").asText();
    task = talkee.engine("GET", "/task?processInstanceId=" + talk + "&taskDefinitionKey=selfInspection",
        null).ok().list().get(0).path("id").asText();
  }

  // ---- values that name a Java class

  @Test
  void valuesNamingAClassAreRefusedAtEveryDoorAndNeverInstantiated() {
    Map<String, Object> object = Map.of("type", "Object", "value", "{\"name\":\"x\"}", "valueInfo",
        Map.of("objectTypeName", Instantiated.class.getName(), "serializationDataFormat", "application/json"));
    Map<String, Object> url = Map.of("type", "Object", "value", "\"http://127.0.0.1:1/\"", "valueInfo",
        Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json"));
    for (Map<String, Object> value : java.util.List.of(object, url)) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("selfInspectionReport", string("报告"));
      report.put("attachment", value);
      refused(talkee.engine("POST", "/task/" + task + "/submit-form", Map.of("variables", report)),
          400, "task form with " + value);
      Map<String, Object> start = start(string(planned().toString()));
      start.put("planYear", value);
      refused(office.engine("POST", "/process-definition/key/regularTalk/submit-form",
          Map.of("variables", start)), 400, "start form with " + value);
      refused(talkee.engine("POST", "/task/" + task + "/bpmnError",
          Map.of("errorCode", "x", "variables", Map.of("v", value))), 400, "BPMN error with " + value);
      refused(talkee.engine("POST", "/task/" + task + "/bpmnEscalation",
          Map.of("escalationCode", "x", "variables", Map.of("v", value))), 400, "escalation with " + value);
      refused(office.engine("PUT", "/process-instance/" + talk + "/variables/v", value), 400,
          "variable write with " + value);
    }
    assertThat(Instantiated.CREATED).as("nothing instantiated").hasValue(0);
    assertThat(talkee.engine("GET", "/task/" + task, null).status()).isEqualTo(200);

    // a value the application itself stored naming a foreign class is not instantiated on read
    engine.getRuntimeService().setVariable(talk, "foreign", Variables.serializedObjectValue(
        "{\"name\":\"x\"}").objectTypeName(Instantiated.class.getName())
        .serializationDataFormat("application/json").create());
    Response read = new Rest("http://localhost:" + port).as("admin")
        .engine("GET", "/process-instance/" + talk + "/variables/foreign", null);
    assertThat(read.status()).as(read.body()).isBetween(400, 499);
    assertThat(Instantiated.CREATED).as("nothing instantiated on read").hasValue(0);
    engine.getRuntimeService().removeVariable(talk, "foreign");
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).isJavaSerializationFormatEnabled()).isFalse();
  }

  // ---- impossible dates

  @Test
  void impossibleDatesAreRefusedNotRolledOver() {
    String nov31 = "2026-11-31";
    Map<String, Object> dateAsText = start(string(nov31));
    refused(office.engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", dateAsText)), 400, "planned date as text");
    Map<String, Object> dateTyped = start(Map.of("type", "Date", "value", nov31 + "T00:00:00.000+0800"));
    refused(office.engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", dateTyped)), 400, "planned date as Date");
    refused(office.engine("GET", "/task?dueAfter=" + enc(nov31 + "T00:00:00.000+0800"), null), 400,
        "query parameter dueAfter");
    refused(office.engine("GET", "/history/task?finishedAfter=" + enc("2026-02-29T00:00:00.000+0800"),
        null), 400, "query parameter finishedAfter");
    refused(office.engine("POST", "/task", Map.of("due", "2026-13-01T00:00:00.000+0800")), 400,
        "a date in a JSON body");
    refused(office.send("POST", "/api/talks/" + talk + "/notice",
        Map.of("time", "2026-11-31T09:30", "place", "第一会议室")), 400, "notice time");
    assertThat(office.engine("GET", "/task?dueAfter=" + enc("2026-11-30T00:00:00.000+0800"), null).status())
        .as("a real date is still accepted").isEqualTo(200);
  }

  // ---- models with scripts

  @Test
  void modelsWithScriptsAreRefusedAndPlainModelsStillDeployOutsideProduction() throws Exception {
    String scriptTask = model("<bpmn:scriptTask id=\"run\" scriptFormat=\"javascript\">"
        + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>");
    Response refusedTask = deploy("admin", "script-task.bpmn", scriptTask);
    refused(refusedTask, 400, "script task");
    assertThat(refusedTask.json().path("message").asText()).contains("脚本");
    String listener = model("<bpmn:task id=\"run\"><bpmn:extensionElements><camunda:executionListener "
        + "event=\"start\"><camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script>"
        + "</camunda:executionListener></bpmn:extensionElements></bpmn:task>");
    refused(deploy("admin", "script-listener.bpmn", listener), 400, "script listener");
    String external = model("<bpmn:scriptTask id=\"run\" scriptFormat=\"javascript\" "
        + "camunda:resource=\"deployment://run.js\"/>");
    refused(deploy("admin", "external-script.bpmn", external), 400, "external script resource");
    String juel = model("<bpmn:serviceTask id=\"run\" camunda:expression=\"${execution.getClass()"
        + ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}\"/>");
    Response refusedJuel = deploy("admin", "juel.bpmn", juel);
    refused(refusedJuel, 400, "an expression reaching for Runtime");
    assertThat(refusedJuel.json().path("message").asText()).contains("表达式");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("probe")
        .count()).isZero();

    Response plain = deploy("admin", "plain.bpmn", plainModel());
    assertThat(plain.status()).as("a modeller deploys outside production: " + plain.body()).isEqualTo(200);
    engine.getRepositoryService().deleteDeployment(plain.json().path("id").asText(), true);
  }

  // ---- a leadership member who is also a top leader

  @Test
  void aTopLeaderWhoSitsOnTheLeadershipIsTalkedToButDoesNotTalkToHimself() {
    jdbc.sql("update organization set top_leader_id = 'zhouhai' where id = 'fagaiwei'").update();
    engine.getIdentityService().createMembership("zhouhai", "talkee");
    try {
      Map<String, Object> himself = start(string(planned().toString()));
      himself.put("organizationId", string("fagaiwei"));
      himself.put("talkerId", string("zhouhai"));
      Response refusal = office.engine("POST", "/process-definition/key/regularTalk/submit-form",
          Map.of("variables", himself));
      refused(refusal, 400, "a talk with himself");
      assertThat(refusal.json().path("message").asText()).contains("本人");

      Map<String, Object> talkedTo = new LinkedHashMap<>(himself);
      talkedTo.put("talkerId", string("lijianguo"));
      String started = office.engine("POST", "/process-definition/key/regularTalk/submit-form",
          Map.of("variables", talkedTo)).ok().json().path("id").asText();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(started)
          .taskDefinitionKey("selfInspection").singleResult().getAssignee()).isEqualTo("zhouhai");
      engine.getRuntimeService().deleteProcessInstance(started, "测试结束");
    } finally {
      engine.getIdentityService().deleteMembership("zhouhai", "talkee");
      jdbc.sql("update organization set top_leader_id = 'xiedong' where id = 'fagaiwei'").update();
    }
  }

  // ---- client errors of every kind

  @Test
  void everyClientErrorIsAChinese4xx() {
    record Probe(String what, Response response, int status) {
    }
    java.util.List<Probe> probes = java.util.List.of(
        new Probe("malformed JSON to /api", raw("POST", "/api/talks/" + talk + "/notice",
            "application/json", "{\"time\": "), 400),
        new Probe("JSON list to /api", raw("POST", "/api/talks/" + talk + "/notice",
            "application/json", "[1]"), 400),
        new Probe("wrong content type to /api", raw("POST", "/api/talks/" + talk + "/notice",
            "text/plain", "time=morgen"), 415),
        new Probe("wrong content type to /engine-rest", raw("POST", "/engine-rest/task/" + task + "/submit-form",
            "text/plain", "x"), 415),
        new Probe("wrong method on /api", office.send("DELETE", "/api/archives", null), 405),
        new Probe("wrong method on /engine-rest", office.engine("PATCH", "/task", Map.of()), 405),
        new Probe("unknown /api path", office.get("/api/no-such-thing"), 404),
        new Probe("unknown /engine-rest path", office.engine("GET", "/no-such-thing", null), 404),
        new Probe("unknown task", office.engine("GET", "/task/no-such-task", null), 404),
        new Probe("unknown organization", office.get("/api/organizations/no-such-org"), 400),
        new Probe("unknown plan year", office.get("/api/plans/abc"), 400),
        new Probe("ledger page not a number", office.get("/api/ledger?page=abc"), 400),
        new Probe("ledger page size huge", office.get("/api/ledger?size=100000000"), 400),
        new Probe("engine first result not a number", office.engine("GET", "/task?firstResult=x", null), 400),
        new Probe("engine sort without order", office.engine("GET", "/task?sortBy=name", null), 400),
        new Probe("notice read of unknown id", office.send("POST", "/api/notices/abc/read", null), 400));
    org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
      for (Probe probe : probes) {
        soft.check(() -> refused(probe.response(), probe.status(), probe.what()));
      }
    });
  }

  private Response raw(String method, String path, String contentType, String body) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + path))
          .header("Content-Type", contentType).header("Accept", "application/json")
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString("huangjing:demo".getBytes(StandardCharsets.UTF_8)))
          .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(method + " " + path, response.statusCode(), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- names

  @Test
  void aPersonChangesTheirEmailButNotTheirName() {
    Rest rest = new Rest("http://localhost:" + port);
    Map<String, Object> profile = profile(rest.as("wanghai").engine("GET", "/user/wanghai/profile", null)
        .ok().json());
    Map<String, Object> renamed = new LinkedHashMap<>(profile);
    renamed.put("firstName", "冒名");
    refused(rest.as("wanghai").engine("PUT", "/user/wanghai/profile", renamed), 403, "own first name");
    Map<String, Object> lastName = new LinkedHashMap<>(profile);
    lastName.put("lastName", "顶替");
    refused(rest.as("wanghai").engine("PUT", "/user/wanghai/profile", lastName), 403, "own last name");
    WebappSession tasklist = WebappSession.tasklist("http://localhost:" + port, "wanghai", "demo");
    refused(tasklist.engine("PUT", "/user/wanghai/profile", renamed), 403, "own name in Tasklist");

    Map<String, Object> mail = new LinkedHashMap<>(profile);
    mail.put("email", "wanghai@example.cn");
    rest.as("wanghai").engine("PUT", "/user/wanghai/profile", mail).expect(204);
    Map<String, Object> now = profile(rest.as("wanghai").engine("GET", "/user/wanghai/profile", null)
        .ok().json());
    assertThat(now).containsEntry("email", "wanghai@example.cn")
        .containsEntry("firstName", profile.get("firstName")).containsEntry("lastName", profile.get("lastName"));

    Map<String, Object> corrected = new LinkedHashMap<>(now);
    corrected.put("firstName", "海涛");
    rest.as("admin").engine("PUT", "/user/wanghai/profile", corrected).expect(204);
    assertThat(engine.getIdentityService().createUserQuery().userId("wanghai").singleResult().getFirstName())
        .isEqualTo("海涛");
    corrected.put("firstName", profile.get("firstName"));
    rest.as("admin").engine("PUT", "/user/wanghai/profile", corrected).expect(204);
  }

  // ---- remembered REST logins

  @Test
  void aRememberedRestLoginEndsAtOnceWhenThePasswordOrAMembershipChanges() {
    IdentityService identity = engine.getIdentityService();
    User person = identity.newUser("hardeningoffice");
    person.setFirstName("测试");
    person.setLastName("办公室");
    person.setPassword("Office-Login-2027");
    identity.saveUser(person);
    identity.createMembership("hardeningoffice", "office");
    Rest rest = new Rest("http://localhost:" + port);
    Rest office = rest.as("hardeningoffice", "Office-Login-2027");
    // the second request is answered from the remembered login
    office.engine("GET", "/process-instance/" + talk, null).ok();
    office.engine("GET", "/process-instance/" + talk, null).ok();

    identity.deleteMembership("hardeningoffice", "office");
    // a talk one may not read is not found
    refused(office.engine("GET", "/process-instance/" + talk, null), 404, "no longer of the office");
    identity.createMembership("hardeningoffice", "office");
    office.engine("GET", "/process-instance/" + talk, null).ok();

    // a change this node does not see (made on another node; here written to the database
    // directly) applies once the remembered login is forgotten: the login really is remembered
    jdbc.sql("update ACT_ID_USER set PWD_ = '{SHA-512}changed-elsewhere' where ID_ = 'hardeningoffice'")
        .update();
    office.engine("GET", "/process-instance/" + talk, null).ok();
    recentLogins.forgetAll();
    office.engine("GET", "/process-instance/" + talk, null).expect(401);

    User changed = identity.createUserQuery().userId("hardeningoffice").singleResult();
    changed.setPassword("Office-Login-2028");
    identity.saveUser(changed);
    office.engine("GET", "/process-instance/" + talk, null).expect(401);
    rest.as("hardeningoffice", "Office-Login-2028").engine("GET", "/process-instance/" + talk, null).ok();
  }

  // ---------------------------------------------------------------------------------------------

  private static Map<String, Object> profile(com.fasterxml.jackson.databind.JsonNode json) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", json.path("id").asText());
    profile.put("firstName", json.path("firstName").asText(null));
    profile.put("lastName", json.path("lastName").asText(null));
    profile.put("email", json.path("email").asText(null));
    return profile;
  }

  /** A model without scripts: a start, a task and an end. */
  static String plainModel() {
    return model("<bpmn:task id=\"run\"/>");
  }

  private static String model(String element) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\" targetNamespace=\"probe\">"
        + "<bpmn:process id=\"probe\" isExecutable=\"true\" camunda:historyTimeToLive=\"P180D\">"
        + "<bpmn:startEvent id=\"s\"/><bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"run\"/>"
        + element + "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"run\" targetRef=\"e\"/>"
        + "<bpmn:endEvent id=\"e\"/></bpmn:process></bpmn:definitions>";
  }

  /** POST /engine-rest/deployment/create as the person, the model as a multipart file. */
  Response deploy(String user, String name, String bpmn) throws Exception {
    return deploy(port, user, RegularTalkRestFlow.Rest.PASSWORDS.getOrDefault(user, "demo"), name, bpmn);
  }

  static Response deploy(int port, String user, String password, String name, String bpmn)
      throws Exception {
    String boundary = "----probe" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + name + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn
        + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response("POST /engine-rest/deployment/create " + name, response.statusCode(), response.body());
  }

  static void refused(Response response, int status, String what) {
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
    String message = response.json().path("message").asText();
    assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN)).as(what + " answers in Chinese: " + message).isTrue();
    assertThat(message).as(what).doesNotContain("Exception", "ENGINE-", "Cannot");
  }

  private static LocalDate planned() {
    LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
    return today.plusDays(7).getYear() == today.getYear() ? today.plusDays(7) : today;
  }

  private static Map<String, Object> start(Map<String, Object> plannedDate) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string("qingshan"));
    variables.put("talkerId", string("lijianguo"));
    variables.put("plannedTalkDate", plannedDate);
    variables.put("planYear", Map.of("type", "Integer", "value", planned().getYear()));
    variables.put("additionalTalk", Map.of("type", "Boolean", "value", true));
    return variables;
  }

  private static Map<String, Object> string(String value) {
    return Map.of("type", "String", "value", value);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
