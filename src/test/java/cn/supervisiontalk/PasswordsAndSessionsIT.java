package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.security.settings.SecuritySettings;
import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passwords and sessions (等级保护: 身份鉴别, 会话管理) through HTTP, the application configured
 * for SM3: the policy's refusals in Chinese over REST, an expired password and the change page,
 * the upgrade of a SHA-512 hash at login, the idle timeout and one login per person, and the
 * security administrator's settings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PasswordsAndSessionsIT {

  private static final String DATABASE = "passwords-sessions-it-" + UUID.randomUUID();
  private static final String SECURITY = "anquan";
  private static final String SECURITY_PASSWORD = "An-Quan-Guan-2027";

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
    registry.add("supervision-talk.security.password-hash", () -> "SM3");
    // the production default; the other tests switch expiry off (src/test/resources)
    registry.add("supervision-talk.security.password-expiry-days", () -> "90");
    // the tests age a password in the database, which no remembered REST login would notice
    // before it expires (HardeningIT checks what it does notice)
    registry.add("supervision-talk.security.basic-login-cache", () -> "0s");
  }

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;
  @Autowired SecuritySettingsStore settings;

  private Rest rest;

  @BeforeEach
  void securityAdministrator() {
    rest = new Rest(base());
    if (identity.createGroupQuery().groupId(Roles.SECURITY_ADMINISTRATOR).count() == 0) {
      identity.saveGroup(identity.newGroup(Roles.SECURITY_ADMINISTRATOR));
    }
    person(SECURITY, SECURITY_PASSWORD);
    if (identity.createUserQuery().userId(SECURITY).memberOfGroup(Roles.SECURITY_ADMINISTRATOR)
        .count() == 0) {
      identity.createMembership(SECURITY, Roles.SECURITY_ADMINISTRATOR);
    }
  }

  @AfterEach
  void defaults() {
    ClockUtil.reset();
    sessionRules(30, false);
  }

  @Test
  void weakAndReusedPasswordsAreRefusedInChineseOverRest() {
    Rest admin = rest.as("admin", "admin");

    String weak = admin.engine("POST", "/user/create", newUser("zhaoliu", "short-1"))
        .expect(400).json().path("message").asText();
    assertThat(weak).startsWith("口令不符合要求").contains("至少 12 个字符")
        .contains("四类中的至少 3 类").contains("不得包含用户名");
    admin.engine("POST", "/user/create", newUser("zhaoliu", "my-zhaoliu-2027")).expect(400);
    admin.engine("POST", "/user/create", newUser("zhaoliu", "all-lower-case-letters")).expect(400);
    assertThat(admin.engine("GET", "/user/zhaoliu/profile", null).status()).isEqualTo(404);

    admin.engine("POST", "/user/create", newUser("zhaoliu", "Zhao-Liu-pass-2027")).expect(204);
    admin.engine("PUT", "/user/zhaoliu/credentials", credentials("Second-pass-2027")).expect(204);
    String reused = admin.engine("PUT", "/user/zhaoliu/credentials",
        credentials("Zhao-Liu-pass-2027")).expect(400).json().path("message").asText();
    assertThat(reused).startsWith("口令不符合要求").contains("不得与最近 5 次使用过的口令相同");
    admin.engine("PUT", "/user/zhaoliu/credentials", credentials("Second-pass-2027")).expect(400);
    rest.as("zhaoliu", "Second-pass-2027").engine("GET", "/user/zhaoliu/profile", null).ok();

    // the webapps show the rules by their placeholders (zh.json)
    assertThat(admin.engine("GET", "/identity/password-policy", null).ok().json().path("rules")
        .findValuesAsText("placeholder")).containsExactly("PASSWORD_POLICY_LENGTH",
            "PASSWORD_POLICY_CHARACTER_CLASSES", "PASSWORD_POLICY_USER_ID", "PASSWORD_POLICY_HISTORY");
  }

  @Test
  void anExpiredPasswordBlocksTheLoginUntilChangedOnThePasswordPage() throws Exception {
    person("sunqi", "Sun-Qi-pass-2027");
    rest.as("sunqi", "Sun-Qi-pass-2027").engine("GET", "/user/sunqi/profile", null).ok();
    jdbc.sql("update password_history set changed_at = ? where user_id = 'sunqi'")
        .param(OffsetDateTime.now().minusDays(91)).update();

    Response basic = rest.as("sunqi", "Sun-Qi-pass-2027").engine("GET", "/user/sunqi/profile", null)
        .expect(401);
    assertThat(basic.json().path("message").asText()).contains("口令已过期").contains("90 天")
        .contains("/password.html");
    rest.as("sunqi", "Sun-Qi-pass-2027").get("/api/archives").expect(401);
    HttpResponse<String> webapp = webappLogin("sunqi", "Sun-Qi-pass-2027");
    assertThat(webapp.statusCode()).isEqualTo(403);
    assertThat(Rest.JSON.readTree(webapp.body()).path("message").asText()).contains("口令已过期")
        .contains("/password.html");
    // a wrong password is not told apart from any other wrong password
    assertThat(rest.as("sunqi", "Wrong-pass-2027").engine("GET", "/version", null).body())
        .doesNotContain("过期");

    Response page = rest.get("/password.html").ok();
    assertThat(page.body()).contains("修改口令").contains("原口令").contains("password.js");
    assertThat(changePassword("sunqi", "Not-the-old-2027", "Sun-Qi-new-2028").expect(400)
        .json().path("message").asText()).contains("原口令不正确");
    assertThat(changePassword("sunqi", "Sun-Qi-pass-2027", "weakling").expect(400)
        .json().path("message").asText()).startsWith("口令不符合要求").contains("至少 12 个字符");
    assertThat(changePassword("sunqi", "Sun-Qi-pass-2027", "Sun-Qi-pass-2027").expect(400)
        .json().path("message").asText()).contains("不得与原口令相同");
    assertThat(changePassword("sunqi", "Sun-Qi-pass-2027", "Sun-Qi-new-2028").ok()
        .json().path("message").asText()).contains("口令已修改");

    rest.as("sunqi", "Sun-Qi-new-2028").engine("GET", "/user/sunqi/profile", null).ok();
    rest.as("sunqi", "Sun-Qi-pass-2027").engine("GET", "/user/sunqi/profile", null).expect(401);
  }

  @Test
  void aSha512PasswordIsHashedAgainWithSm3AtLogin() {
    person("zhouba", "Zhou-Ba-pass-2027");
    String salt = storedUser("zhouba").get("SALT_");
    String sha512 = "{SHA-512}" + new Sha512HashDigest()
        .encrypt(EncryptionUtil.saltPassword("Zhou-Ba-pass-2027", salt));
    jdbc.sql("update ACT_ID_USER set PWD_ = ? where ID_ = 'zhouba'").param(sha512).update();

    rest.as("zhouba", "Zhou-Ba-pass-2027").engine("GET", "/user/zhouba/profile", null).ok();

    Map<String, String> upgraded = storedUser("zhouba");
    assertThat(upgraded.get("PWD_")).startsWith("{SM3}");
    assertThat(upgraded.get("SALT_")).isNotEqualTo(salt);
    rest.as("zhouba", "Zhou-Ba-pass-2027").engine("GET", "/user/zhouba/profile", null).ok();
    rest.as("zhouba", "Zhou-Ba-pass-2026").engine("GET", "/user/zhouba/profile", null).expect(401);
    assertThat(storedUser("zhouba").get("PWD_")).isEqualTo(upgraded.get("PWD_"));
  }

  @Test
  void anIdleSessionEnds() {
    sessionRules(1, false);
    WebappSession liuyang = WebappSession.tasklist(base(), "liuyang", "demo");
    assertThat(liuyang.loggedIn()).isTrue();
    liuyang.send("GET", "/api/notices", null).ok();

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofSeconds(50).toMillis()));
    liuyang.send("GET", "/api/notices", null).ok();
    // Tasklist's refresh of an open task every 10 seconds keeps the session, but is no activity
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofSeconds(100).toMillis()));
    liuyang.engine("GET", "/task/no-such-task", null).expect(404);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofSeconds(115).toMillis()));
    Response ended = liuyang.send("GET", "/api/notices", null).expect(401);
    assertThat(ended.json().path("message").asText()).contains("闲置已超过 1 分钟").contains("重新登录");
    liuyang.send("GET", "/api/notices", null).expect(401);
    liuyang.engine("GET", "/task", null).expect(401);
  }

  @Test
  void withOneLoginPerPersonANewLoginEndsTheEarlierSession() {
    WebappSession first = WebappSession.tasklist(base(), "liuyang", "demo");
    WebappSession second = WebappSession.tasklist(base(), "liuyang", "demo");
    first.send("GET", "/api/notices", null).ok();
    second.send("GET", "/api/notices", null).ok();

    sessionRules(30, true);
    WebappSession third = WebappSession.tasklist(base(), "liuyang", "demo");
    assertThat(third.loggedIn()).isTrue();

    Response ended = first.send("GET", "/api/notices", null).expect(401);
    assertThat(ended.json().path("message").asText()).contains("已在别处登录");
    second.send("GET", "/api/notices", null).expect(401);
    third.send("GET", "/api/notices", null).ok();
    third.engine("GET", "/task", null).ok();
  }

  @Test
  void theSettingsAreTheSecurityAdministratorsAlone() {
    Rest security = rest.as(SECURITY, SECURITY_PASSWORD);
    assertThat(security.get("/api/security/settings").ok().json().path("minLength").asInt())
        .isEqualTo(12);
    rest.as("admin", "admin").get("/api/security/settings").expect(403);
    rest.as("liuyang", "demo").get("/api/security/settings").expect(403);
    rest.as("admin", "admin").send("PUT", "/api/security/settings", change(16, 4, 60, 8, 15, true))
        .expect(403);

    String refused = security.send("PUT", "/api/security/settings", change(4, 5, 90, 5, 30, false))
        .expect(400).json().path("message").asText();
    assertThat(refused).startsWith("安全设置未保存").contains("口令最小长度应在 8 至 64 之间")
        .contains("字符类别数应在 1 至 4 之间");
    Map<String, Object> missing = change(16, 4, 60, 8, 15, true);
    missing.remove("singleLogin");
    assertThat(security.send("PUT", "/api/security/settings", missing).expect(400).json()
        .path("message").asText()).contains("缺少 singleLogin");
    assertThat(security.get("/api/security/settings").ok().json().path("minLength").asInt())
        .as("nothing changed").isEqualTo(12);

    var saved = security.send("PUT", "/api/security/settings", change(16, 4, 60, 8, 15, true))
        .ok().json();
    assertThat(saved.path("changedBy").asText()).isEqualTo(SECURITY);
    assertThat(saved.path("changedAt").isNull()).isFalse();
    var current = security.get("/api/security/settings").ok().json();
    assertThat(current.path("minLength").asInt()).isEqualTo(16);
    assertThat(current.path("singleLogin").asBoolean()).isTrue();
    assertThat(jdbc.sql("select count(*) from security_settings where changed_by = ?")
        .param(SECURITY).query(Long.class).single()).isEqualTo(1);
    // the policy follows at once
    assertThat(rest.as("admin", "admin").engine("POST", "/user/create",
        newUser("qianjiu", "Qian-Jiu-2027")).expect(400).json().path("message").asText())
        .contains("至少 16 个字符");
  }

  /** The default password rules with the given session rules, set directly in the store. */
  private void sessionRules(int idleMinutes, boolean singleLogin) {
    settings.save(new SecuritySettings(12, 3, 90, 5, idleMinutes, singleLogin, "test",
        OffsetDateTime.now()));
  }

  private void person(String id, String password) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("测试");
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  private Map<String, String> storedUser(String id) {
    return jdbc.sql("select PWD_, SALT_ from ACT_ID_USER where ID_ = ?").param(id)
        .query((rs, n) -> Map.of("PWD_", rs.getString("PWD_"), "SALT_", rs.getString("SALT_")))
        .single();
  }

  private Response changePassword(String userId, String oldPassword, String newPassword) {
    return rest.send("POST", "/api/password",
        Map.of("userId", userId, "oldPassword", oldPassword, "newPassword", newPassword));
  }

  private HttpResponse<String> webappLogin(String user, String password) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password,
            StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> newUser(String id, String password) {
    return Map.of("profile", Map.of("id", id, "firstName", "六", "lastName", "赵"),
        "credentials", Map.of("password", password));
  }

  private static Map<String, Object> credentials(String password) {
    return Map.of("password", password, "authenticatedUserPassword", "admin");
  }

  private static Map<String, Object> change(int minLength, int classes, int expiryDays,
      int history, int idleMinutes, boolean singleLogin) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("minLength", minLength);
    body.put("requiredClasses", classes);
    body.put("expiryDays", expiryDays);
    body.put("historySize", history);
    body.put("idleTimeoutMinutes", idleMinutes);
    body.put("singleLogin", singleLogin);
    return body;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
