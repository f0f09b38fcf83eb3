package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import cn.supervisiontalk.security.ProductionStartRefusedAnalyzer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Profile {@code prod} on PostgreSQL: camunda-admin sets up the three administrators and is
 * refused from then on (webapp login, /engine-rest, /api); a database still signing in with a
 * default or demo password (a trial database) is refused at start.
 */
class AdministratorSetupProdIT {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String CHIEF = "chief";
  private static final String PASSWORD = "Correct-Horse-42";

  @Test
  void camundaAdminIsRefusedOnceTheThreeAdministratorsAreSetUp() throws Exception {
    String database = createDatabase();
    try (ConfigurableApplicationContext app = start(database, "--spring.profiles.active=prod",
        "--ADMIN_USER=" + CHIEF, "--ADMIN_PASSWORD=" + PASSWORD)) {
      String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      Rest chief = new Rest(base).as(CHIEF, PASSWORD);
      Map<String, String> roles = Map.of("sys1", "systemAdministrator", "sec1", "securityAdministrator",
          "aud1", "auditor");
      for (Map.Entry<String, String> role : roles.entrySet()) {
        assertThat(chief.get("/engine-rest/user").status()).as("before all three are set up").isEqualTo(200);
        chief.engine("POST", "/user/create", Map.of("profile", Map.of("id", role.getKey(),
            "firstName", "测试", "lastName", "管理员", "email", role.getKey() + "@example.org"),
            "credentials", Map.of("password", PASSWORD))).expect(204);
        chief.engine("PUT", "/group/" + role.getValue() + "/members/" + role.getKey(), null).expect(204);
      }

      for (String path : List.of("/engine-rest/user", "/engine-rest/task", "/api/organizations")) {
        RegularTalkRestFlow.Response refused = chief.get(path);
        assertThat(refused.status()).as(path).isEqualTo(403);
        assertThat(refused.json().path("message").asText()).contains("camunda-admin 仅用于生产环境的初始设置");
      }
      HttpResponse<String> login = webappLogin(base, CHIEF, PASSWORD);
      assertThat(login.statusCode()).isEqualTo(403);
      assertThat(login.body()).contains("camunda-admin 仅用于生产环境的初始设置");
      assertThat(webappLogin(base, CHIEF, "wrong-password").statusCode())
          .as("a wrong password learns nothing").isEqualTo(401);

      assertThat(new Rest(base).as("sys1", PASSWORD).get("/engine-rest/user").status()).isEqualTo(200);
      assertThat(webappLogin(base, "sec1", PASSWORD).statusCode()).isEqualTo(200);
    } finally {
      dropDatabase(database);
    }
  }

  @Test
  void refusesToStartWhileADefaultOrDemoPasswordWorks() throws Exception {
    String database = createDatabase();
    try {
      // a trial: the demo organization with admin/admin and the demo password
      start(database, "--spring.profiles.active=postgres", "--supervision-talk.seeds.enabled=true").close();
      Throwable refused = catchThrowable(() -> start(database, "--spring.profiles.active=prod",
          "--ADMIN_USER=" + CHIEF, "--ADMIN_PASSWORD=" + PASSWORD).close());
      FailureAnalysis analysis = new ProductionStartRefusedAnalyzer().analyze(refused);
      assertThat(analysis).as("reported as one line: " + refused).isNotNull();
      assertThat(analysis.getDescription()).startsWith("生产环境(prod)拒绝启动")
          .contains("admin、").contains(" 等 ").contains("个用户").doesNotContain("\n");
    } finally {
      dropDatabase(database);
    }
  }

  private static HttpResponse<String> webappLogin(String base, String user, String password)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/"))
        .build(), HttpResponse.BodyHandlers.discarding());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
        .collect(Collectors.joining("; "));
    return http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/admin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static ConfigurableApplicationContext start(String database, String... args) {
    List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + SERVER + database,
        "--spring.datasource.username=postgres", "--spring.datasource.password="));
    all.addAll(List.of(args));
    return new SpringApplicationBuilder(SupervisionTalkApplication.class).run(all.toArray(String[]::new));
  }

  private static String createDatabase() throws Exception {
    String database = "supervision_talk_h2_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("create database " + database + " template template0 encoding 'UTF8'");
    }
    return database;
  }

  private static void dropDatabase(String database) throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
    }
  }
}
