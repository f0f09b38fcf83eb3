package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import cn.supervisiontalk.talk.TalkRecords;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Bad input over REST: missing, wrong-typed, oversized (1 MB), script-bearing and SQL-like values
 * for the fields of a start form and a task form, and for REST parameters. Each answers 4xx with a
 * Chinese message, never 500; nothing is written; the task stays open and is completed correctly
 * afterwards, with script and SQL-like text kept as plain text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  @Autowired TalkRecords talks;

  private static final String DATABASE = "bad-input-it-" + UUID.randomUUID();
  private static final String SCRIPT = "<script>alert('泄密')</script><img src=x onerror=alert(1)>";
  private static final String SQL = "'; drop table talk_archive; -- \" or 1=1";
  private static final String MEGABYTE = "密".repeat(400_000);

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

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
        Map.of("variables", start("qingshan", "lijianguo", integer(planned().getYear())))).ok().json()
        .path("id").asText();
    task = talkee.engine("GET", "/task?processInstanceId=" + talk + "&taskDefinitionKey=selfInspection",
        null).ok().list().get(0).path("id").asText();
  }

  @Test
  void taskFormRefusesBadValuesAndCompletesAfterwards() {
    Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
    bad.put("missing", Map.of());
    bad.put("blank", Map.of("selfInspectionReport", string("   ")));
    bad.put("wrong type (Integer 'abc')", Map.of("selfInspectionReport", typed("Integer", "abc")));
    bad.put("wrong type (Boolean)", Map.of("selfInspectionReport", typed("Boolean", true)));
    bad.put("wrong type (Date 'yesterday')", Map.of("selfInspectionReport", typed("Date", "yesterday")));
    bad.put("unknown type", Map.of("selfInspectionReport", typed("Dragon", "x")));
    bad.put("Json that is not JSON", Map.of("selfInspectionReport", typed("Json", "{not json")));
    bad.put("too long for the form", Map.of("selfInspectionReport", string("查".repeat(20_001))));
    bad.put("too long for the database, unknown field",
        Map.of("selfInspectionReport", string("报告"), "unknownRemark", string("x".repeat(5_000))));
    for (Map.Entry<String, Map<String, Object>> c : bad.entrySet()) {
      Response response = talkee.engine("POST", "/task/" + task + "/submit-form",
          Map.of("variables", c.getValue()));
      expectChineseRefusal(response, 400, c.getKey());
      taskStaysOpenAndUnwritten(c.getKey());
    }

    Response huge = talkee.engine("POST", "/task/" + task + "/submit-form",
        Map.of("variables", Map.of("selfInspectionReport", string(MEGABYTE))));
    expectChineseRefusal(huge, 413, "1 MB of text");
    taskStaysOpenAndUnwritten("1 MB of text");

    expectChineseRefusal(raw("POST", "/engine-rest/task/" + task + "/submit-form", "{\"variables\": {"),
        400, "malformed JSON");
    expectChineseRefusal(raw("POST", "/engine-rest/task/" + task + "/submit-form", "[1, 2]"),
        400, "JSON of the wrong shape");
    taskStaysOpenAndUnwritten("malformed JSON");
    expectChineseRefusal(talkee.engine("POST", "/task/no-such-task/submit-form",
        Map.of("variables", Map.of())), 404, "unknown task");

    // script-bearing and SQL-like text is text: accepted, stored and read back unchanged
    String report = SCRIPT + "\n" + SQL;
    talkee.engine("POST", "/task/" + task + "/submit-form",
        Map.of("variables", Map.of("selfInspectionReport", string(report)))).expect(204);
    assertThat(talks.selfInspection(talk).selfInspectionReport()).isEqualTo(report);
    assertThat(office.engine("GET", "/history/variable-instance?processInstanceId=" + talk
        + "&variableName=selfInspectionReport", null).ok().list())
        .as("the report is the talk's record, not a variable").isEmpty();
    assertThat(office.get("/api/archives").ok().list()).as("the archive table is still there").isEmpty();
  }

  @Test
  void startFormRefusesBadValuesAndCreatesNothing() {
    long before = runningTalks();
    int year = planned().getYear();
    Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
    bad.put("missing", Map.of());
    bad.put("plan year 'abc' as Integer", start("qingshan", "lijianguo", typed("Integer", "abc")));
    bad.put("plan year as text", start("qingshan", "lijianguo", string("明年")));
    bad.put("script as organization", start(SCRIPT, "lijianguo", integer(year)));
    bad.put("SQL as talker", start("qingshan", SQL, integer(year)));
    bad.put("oversized talker", start("qingshan", "李".repeat(600), integer(year)));
    for (Map.Entry<String, Map<String, Object>> c : bad.entrySet()) {
      expectChineseRefusal(office.engine("POST", "/process-definition/key/regularTalk/submit-form",
          Map.of("variables", c.getValue())), 400, c.getKey());
    }
    expectChineseRefusal(office.engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", start(MEGABYTE, "lijianguo", integer(year)))), 413, "1 MB organization");
    expectChineseRefusal(office.engine("POST", "/process-definition/key/noSuchProcess/submit-form",
        Map.of("variables", Map.of())), 404, "unknown process");
    assertThat(runningTalks()).as("a refused start creates nothing").isEqualTo(before);
  }

  @Test
  void restParametersRefuseBadValues() {
    assertThat(office.engine("GET", "/task?processInstanceBusinessKey=" + enc(SQL), null).ok().list())
        .isEmpty();
    assertThat(office.engine("GET", "/process-instance?businessKey=" + enc(SCRIPT), null).ok().list())
        .isEmpty();
    expectChineseRefusal(office.engine("GET", "/task?sortBy=" + enc(SQL) + "&sortOrder=asc", null),
        400, "sortBy");
    expectChineseRefusal(office.engine("GET", "/task?maxResults=abc", null), 400, "maxResults");
    expectChineseRefusal(office.engine("GET", "/task?dueAfter=" + enc(SCRIPT), null), 400, "dueAfter");
    expectChineseRefusal(office.engine("GET", "/process-instance/" + enc(SQL), null), 404, "instance id");
    assertThat(office.get("/api/archives?talkeeId=" + enc(SQL)).ok().list()).isEmpty();
    expectChineseRefusal(office.get("/api/archives/" + enc(SCRIPT)), 404, "archive id");
    expectChineseRefusal(office.get("/api/reports/abc"), 400, "report year");
    expectChineseRefusal(office.get("/api/reports/" + enc(SQL)), 400, "report year SQL");
  }

  private void taskStaysOpenAndUnwritten(String what) {
    Response open = talkee.engine("GET", "/task/" + task, null);
    assertThat(open.status()).as("task open after " + what).isEqualTo(200);
    assertThat(talkee.engine("GET", "/task/" + task + "/variables/selfInspectionReport", null).status())
        .as("nothing written by " + what).isEqualTo(404);
    assertThat(talkee.engine("GET", "/task/" + task + "/variables/unknownRemark", null).status())
        .as("nothing written by " + what).isEqualTo(404);
  }

  private static void expectChineseRefusal(Response response, int status, String what) {
    assertThat(response.status()).as(what + ": " + abbreviated(response.body())).isEqualTo(status);
    String message = response.json().path("message").asText();
    assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN)).as(what + " answers in Chinese: " + message).isTrue();
    assertThat(message).as(what).doesNotContain("Exception", "ENGINE-", "Cannot");
  }

  private Response raw(String method, String path, String body) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + path))
          .header("Content-Type", "application/json")
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString("wanghai:demo".getBytes(StandardCharsets.UTF_8)))
          .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(method + " " + path, response.statusCode(), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long runningTalks() {
    return office.engine("GET", "/process-instance/count?processDefinitionKey=regularTalk", null)
        .ok().json().path("count").asLong();
  }

  private static LocalDate planned() {
    LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
    return today.plusDays(7).getYear() == today.getYear() ? today.plusDays(7) : today;
  }

  private static Map<String, Object> start(String organization, String talker, Map<String, Object> year) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("talkerId", string(talker));
    variables.put("plannedTalkDate", string(planned().toString()));
    variables.put("planYear", year);
    return variables;
  }

  private static Map<String, Object> string(String value) {
    return typed("String", value);
  }

  private static Map<String, Object> integer(int value) {
    return typed("Integer", value);
  }

  private static Map<String, Object> typed(String type, Object value) {
    return Map.of("type", type, "value", value);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviated(String body) {
    return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
  }
}
