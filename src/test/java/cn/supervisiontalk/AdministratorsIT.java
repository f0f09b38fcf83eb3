package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * 三员分立 and login throttling over REST, with a running talk: a system administrator, a
 * security administrator and an auditor (set up by the demo administrator) each do exactly their
 * part and get Chinese 403s on everything of a talk; none of them can widen his own rights. The
 * client address is taken from X-Forwarded-For (as behind a reverse proxy), so the test can speak
 * from two addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "server.forward-headers-strategy=native")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministratorsIT {

  private static final String DATABASE = "administrators-it-" + UUID.randomUUID();
  private static final String SYSTEM = "qianfeng";
  private static final String SECURITY = "jianglei";
  private static final String AUDITOR = "caoyu";
  private static final String PASSWORD = "Admin-Pass-2026";
  private static final String DEMO_PASSWORD = "demo";

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  private String base;
  private Rest rest;
  private String talk;
  private String taskId;

  @BeforeAll
  void runningTalk() {
    base = "http://localhost:" + port;
    rest = new Rest(base);
    // the test organization has no administrators: the demo administrator sets them up
    Rest setup = rest.as("admin");
    Map<String, String> roles = Map.of(SYSTEM, "systemAdministrator", SECURITY, "securityAdministrator",
        AUDITOR, "auditor");
    roles.forEach((user, role) -> {
      setup.engine("POST", "/user/create", Map.of("profile", Map.of("id", user, "firstName", user,
          "lastName", "管理员", "email", user + "@example.org"), "credentials", Map.of("password", PASSWORD)))
          .expect(204);
      setup.engine("PUT", "/group/" + role + "/members/" + user, null).expect(204);
    });
    TalkDriver driver = new TalkDriver(base);
    talk = driver.startRegularTalk("qingshan", "lijianguo");
    taskId = driver.awaitTask(talk, "prepareTalk").path("id").asText();
  }

  @Test
  void noAdministratorReadsOrWorksATalk() {
    List<String> paths = List.of("/engine-rest/process-instance/" + talk, "/engine-rest/process-instance",
        "/engine-rest/task", "/engine-rest/task/" + taskId, "/engine-rest/task/" + taskId + "/variables",
        "/engine-rest/process-instance/" + talk + "/variables", "/engine-rest/variable-instance",
        "/engine-rest/history/process-instance", "/engine-rest/history/task",
        "/engine-rest/history/variable-instance", "/engine-rest/process-definition",
        "/api/ledger", "/api/ledger.xlsx", "/api/archives", "/api/archives/" + talk,
        "/api/talks/" + talk + "/documents", "/api/tasks/" + taskId + "/attachments", "/api/notices",
        "/api/copies", "/api/reports");
    for (String admin : List.of(SYSTEM, SECURITY, AUDITOR)) {
      for (String path : paths) {
        refusedInChinese(rest.as(admin, PASSWORD).get(path), admin);
      }
      refusedInChinese(rest.as(admin, PASSWORD).engine("POST", "/task/" + taskId + "/claim",
          Map.of("userId", admin)), admin);
      refusedInChinese(rest.as(admin, PASSWORD).engine("POST",
          "/process-definition/key/regularTalk/submit-form", Map.of("variables", Map.of())), admin);
      for (String app : List.of("tasklist", "cockpit")) {
        assertThat(WebappSession.login(base, admin, PASSWORD, app).loginStatus())
            .as("%s logs in to %s", admin, app).isEqualTo(403);
      }
    }
    WebappSession system = WebappSession.login(base, SYSTEM, PASSWORD, "admin");
    refusedInChinese(system.engine("GET", "/task", null), SYSTEM);
    refusedInChinese(system.engine("GET", "/history/process-instance", null), SYSTEM);
    refusedInChinese(system.cockpit("GET", "/process-instance", null), SYSTEM);
  }

  @Test
  void systemAdministratorManagesPeopleGroupsAndOrganizations() {
    Rest system = rest.as(SYSTEM, PASSWORD);
    assertThat(WebappSession.login(base, SYSTEM, PASSWORD, "admin").loginStatus()).isEqualTo(200);
    createUser(system, "sysnew1");
    system.engine("PUT", "/group/office/members/sysnew1", null).expect(204);
    assertThat(system.get("/engine-rest/group").ok().list()).isNotEmpty();
    assertThat(system.get("/api/organizations").ok().list()).isNotEmpty();
    assertThat(system.engine("GET", "/tenant", null).status()).isEqualTo(200);
    assertThat(system.send("POST", "/api/committee/terms", Map.of()).status())
        .as("records a committee term (bad input here)").isEqualTo(400);
    assertThat(system.send("PUT", "/api/committee", Map.of("name", "中共江州市委员会",
        "shortName", "江州市委", "kind", "LOCAL_COMMITTEE")).ok().json().path("id").asText())
        .as("names the committee").isEqualTo("jiangzhou");

    refusedInChinese(system.engine("POST", "/authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "groupId", "office", "resourceType", 8, "resourceId", "*")), SYSTEM);
    refused(system.engine("PUT", "/group/office/members/" + SYSTEM, null), "不能同时属于业务用户组");
    refused(system.engine("PUT", "/group/securityAdministrator/members/" + SYSTEM, null), "不能为自己分配");
    refused(system.engine("PUT", "/group/camunda-admin/members/" + SYSTEM, null), "不能为自己分配");
    refused(system.engine("DELETE", "/group/systemAdministrator/members/" + SYSTEM, null), "不能为自己分配");
    createUser(system, "sysnew2");
    refused(system.engine("PUT", "/group/auditor/members/sysnew2", null), "安全审计员只能由安全管理员分配");
    refused(system.engine("PUT", "/group/camunda-admin/members/sysnew2", null), "camunda-admin");
    system.engine("PUT", "/group/securityAdministrator/members/sysnew2", null).expect(204);
    refused(system.engine("PUT", "/group/processOwner/members/sysnew2", null), "不能同时属于业务用户组");
    system.engine("DELETE", "/group/securityAdministrator/members/sysnew2", null).expect(204);
    refused(system.engine("DELETE", "/group/auditor", null), "不能删除");

    WebappSession webapp = WebappSession.login(base, SYSTEM, PASSWORD, "admin");
    refused(webapp.engine("PUT", "/group/office/members/" + SYSTEM, null), "不能同时属于业务用户组");
    assertThat(webapp.engine("GET", "/user", null).status()).isEqualTo(200);
  }

  @Test
  void securityAdministratorManagesAuthorizationsNotHimself() {
    Rest security = rest.as(SECURITY, PASSWORD);
    assertThat(WebappSession.login(base, SECURITY, PASSWORD, "admin").loginStatus()).isEqualTo(200);
    assertThat(security.engine("GET", "/authorization", null).status()).isEqualTo(200);
    assertThat(security.engine("GET", "/user", null).ok().list()).isNotEmpty();

    refused(security.engine("POST", "/authorization/create", grant("userId", SECURITY, 8, "*", "READ")),
        "涉及本人");
    refused(security.engine("POST", "/authorization/create",
        grant("groupId", "securityAdministrator", 4, "*", "ALL")), "涉及本人");
    refused(security.engine("POST", "/authorization/create",
        grant("groupId", "systemAdministrator", 8, "*", "READ")), "不能授予");
    refused(security.engine("POST", "/authorization/create", grant("groupId", "auditor", 0, "tasklist", "ACCESS")),
        "不能授予");
    refused(security.engine("POST", "/authorization/create", grant("userId", SYSTEM, 7, "*", "READ")),
        "不能授予");
    Map<String, Object> everyone = grant("userId", "*", 6, "*", "READ");
    everyone.put("type", 0);
    refused(security.engine("POST", "/authorization/create", everyone), "不能授予");

    String id = security.engine("POST", "/authorization/create", grant("groupId", "office", 1, "lijianguo", "READ"))
        .ok().json().path("id").asText();
    security.engine("DELETE", "/authorization/" + id, null).expect(204);

    Rest system = rest.as(SYSTEM, PASSWORD);
    createUser(system, "secnew1");
    security.engine("PUT", "/group/auditor/members/secnew1", null).expect(204);
    refused(security.engine("PUT", "/group/systemAdministrator/members/secnew1", null), "两个角色");
    security.engine("DELETE", "/group/auditor/members/secnew1", null).expect(204);
    refused(security.engine("PUT", "/group/securityAdministrator/members/secnew1", null),
        "安全管理员只能由系统管理员分配");
    refused(security.engine("DELETE", "/group/securityAdministrator/members/" + SECURITY, null), "不能为自己分配");
    assertThat(security.engine("POST", "/user/create", user("secnew2")).status())
        .as("creates no users").isEqualTo(403);
  }

  @Test
  void auditorHasNothingButTheTrail() {
    Rest auditor = rest.as(AUDITOR, PASSWORD);
    assertThat(WebappSession.login(base, AUDITOR, PASSWORD, "admin").loginStatus()).isEqualTo(403);
    refusedInChinese(auditor.engine("GET", "/user", null), AUDITOR);
    refusedInChinese(auditor.engine("GET", "/authorization", null), AUDITOR);
    refusedInChinese(auditor.get("/api/organizations"), AUDITOR);
    refusedInChinese(auditor.send("PUT", "/api/committee", Map.of("name", "中共江州市委员会")), AUDITOR);
    assertThat(auditor.get("/api/trail").status()).as("the trail is his").isNotIn(401, 403);
  }

  @Test
  void theDemoAdministratorKeepsWorkingOutsideProduction() {
    assertThat(rest.as("admin").get("/engine-rest/user").status()).isEqualTo(200);
    assertThat(WebappSession.login(base, "admin", "admin", "admin").loginStatus()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotLockTheOwnerOut() throws Exception {
    String attacker = "203.0.113.9";
    String owner = "198.51.100.7";
    for (String path : List.of("/engine-rest/user", "/api/organizations")) {
      String user = path.startsWith("/api") ? "zhenghua" : "huangjing";
      for (int i = 0; i < 5; i++) {
        assertThat(basic(path, user, "guess-" + i, attacker).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> throttled = basic(path, user, "guess-5", attacker);
      throttledInChinese(throttled);
      throttledInChinese(basic(path, user, DEMO_PASSWORD, attacker));
      assertThat(basic(path, user, DEMO_PASSWORD, owner).statusCode()).as("the owner elsewhere").isEqualTo(200);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(webappLogin("majun", "guess-" + i, attacker).statusCode()).isEqualTo(401);
    }
    throttledInChinese(webappLogin("majun", DEMO_PASSWORD, attacker));
    assertThat(webappLogin("majun", DEMO_PASSWORD, owner).statusCode()).isEqualTo(200);
    assertThat(basic("/engine-rest/user", "majun", DEMO_PASSWORD, owner).statusCode())
        .as("Camunda's own lock does not lock the account").isEqualTo(200);
  }

  private static void throttledInChinese(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).get().asString().matches("[1-9][0-9]*");
    assertThat(response.body()).contains("登录失败次数过多").contains("秒后重试");
  }

  private HttpResponse<String> basic(String path, String user, String password, String address)
      throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The webapps' login form, as the browser sends it (with the CSRF token of a fresh session). */
  private HttpResponse<String> webappLogin(String user, String password, String address) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/"))
        .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(HttpRequest.newBuilder(URI.create(base
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void createUser(Rest system, String id) {
    system.engine("POST", "/user/create", user(id)).expect(204);
  }

  private static Map<String, Object> user(String id) {
    return Map.of("profile", Map.of("id", id, "firstName", "测试", "lastName", "用户",
        "email", id + "@example.org"), "credentials", Map.of("password", "Long-enough-42"));
  }

  private static Map<String, Object> grant(String to, String who, int resourceType, String resourceId,
      String permission) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", 1);
    body.put("permissions", List.of(permission));
    body.put(to, who);
    body.put("resourceType", resourceType);
    body.put("resourceId", resourceId);
    return body;
  }

  private static void refused(Response response, String reason) {
    assertThat(response.status()).as(response.request() + ": " + response.body()).isEqualTo(403);
    assertThat(response.json().path("message").asText()).as(response.request()).contains(reason);
  }

  private static void refusedInChinese(Response response, String admin) {
    assertThat(response.status()).as(admin + " " + response.request() + ": " + response.body()).isEqualTo(403);
    JsonNode message = response.json().path("message");
    assertThat(message.asText()).as(admin + " " + response.request()).containsPattern("\\p{IsHan}");
  }
}
