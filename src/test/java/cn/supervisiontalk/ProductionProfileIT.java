package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Profile {@code prod}: refuses to start without the administrator's credentials in the
 * environment; with them it starts on a fresh PostgreSQL database (127.0.0.1:5432, user postgres)
 * without demo users, with secure session cookies, CSRF protection and security headers.
 */
class ProductionProfileIT {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String ADMIN = "chief";
  private static final String PASSWORD = "Correct-Horse-42";

  @Test
  void refusesToStartWithoutAdministrator() {
    assertThatThrownBy(() -> start("--ADMIN_USER=", "--ADMIN_PASSWORD=",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
        .hasMessageContaining("生产环境(prod)拒绝启动")
        .hasMessageContaining("ADMIN_USER").hasMessageContaining("ADMIN_PASSWORD");
    assertThatThrownBy(() -> start("--ADMIN_USER=chief", "--ADMIN_PASSWORD=admin",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
        .hasMessageContaining("ADMIN_PASSWORD 至少需要12个字符");
  }

  @Test
  void startsWithAdministratorOnFreshPostgres() throws Exception {
    String database = "supervision_talk_prod_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = postgres(); Statement sql = admin.createStatement()) {
      sql.execute("create database " + database + " template template0 encoding 'UTF8'");
    }
    try (ConfigurableApplicationContext app = start("--ADMIN_USER=" + ADMIN,
        "--ADMIN_PASSWORD=" + PASSWORD, "--spring.datasource.url=" + SERVER + database,
        "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String base = "http://localhost:" + port;
      Rest rest = new Rest(base);

      assertThat(rest.as(ADMIN, PASSWORD).get("/engine-rest/user").ok().list())
          .as("no demo users").extracting(u -> u.path("id").asText()).containsExactly(ADMIN);
      assertThat(rest.as(ADMIN, PASSWORD).get("/engine-rest/group").ok().list())
          .extracting(g -> g.path("id").asText())
          .contains("office", "leadershipMember", "discipline", "talkee", "processOwner", "camunda-admin");
      assertThat(rest.as("huangjing", "demo").get("/engine-rest/task").status()).isEqualTo(401);
      assertThat(rest.get("/engine-rest/task").status()).isEqualTo(401);

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(
          URI.create(base + "/camunda/app/admin/default/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString()
          .contains("max-age=31536000").contains("includeSubDomains");
      assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
          .contains("default-src 'self'");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-XSS-Protection")).isPresent();
      List<String> cookies = new ArrayList<>(page.headers().allValues("Set-Cookie"));
      String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

      HttpResponse<String> login = http.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/admin"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .header("Cookie", cookieHeader(cookies))
          .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + PASSWORD))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      cookies.addAll(login.headers().allValues("Set-Cookie"));
      String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b)
          .orElseThrow();
      assertThat(session).contains("Secure").contains("HttpOnly").contains("SameSite=Strict")
          .doesNotContain("SameSite=Lax");
      assertThat(cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow())
          .contains("Secure");

      // the session reads the app's own API; changes there need the CSRF token
      HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/archives"))
          .header("Cookie", cookieHeader(cookies)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
      HttpResponse<String> apiForged = http.send(HttpRequest.newBuilder(
              URI.create(base + "/api/organizations/qingshan/terms"))
          .header("Cookie", cookieHeader(cookies)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(apiForged.statusCode()).isEqualTo(403);
      assertThat(apiForged.body()).contains("防跨站令牌");

      // models come only from the application's package: no deployment at run time, not even by
      // camunda-admin (Cockpit and the Modeler use the same engine command as REST)
      long deployments = rest.as(ADMIN, PASSWORD).get("/engine-rest/deployment/count").ok().json()
          .path("count").asLong();
      String packaged = rest.as(ADMIN, PASSWORD).get("/engine-rest/deployment?maxResults=1").ok().list()
          .get(0).path("id").asText();
      HardeningIT.refused(rest.as(ADMIN, PASSWORD).engine("POST", "/deployment/" + packaged + "/redeploy",
          java.util.Map.of()), 403, "a redeployment over REST in prod");
      HardeningIT.refused(HardeningIT.deploy(port, ADMIN, PASSWORD, "plain.bpmn", HardeningIT.plainModel()),
          403, "a new deployment over REST in prod");
      assertThat(rest.as(ADMIN, PASSWORD).get("/engine-rest/deployment/count").ok().json()
          .path("count").asLong()).isEqualTo(deployments);
      // CSRF: a logged-in session changing data without the token is refused (and logged out)
      HttpResponse<String> forged = http.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/engine/engine/default/user/create"))
          .header("Content-Type", "application/json")
          .header("Cookie", cookieHeader(cookies))
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-pass-1\"}}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
      assertThat(rest.as(ADMIN, PASSWORD).get("/engine-rest/user/intruder/profile").status()).isEqualTo(404);
    } finally {
      try (Connection admin = postgres(); Statement sql = admin.createStatement()) {
        sql.execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  private static ConfigurableApplicationContext start(String... args) {
    List<String> all = new ArrayList<>(List.of("--server.port=0",
        "--spring.profiles.active=prod"));
    all.addAll(List.of(args));
    return new SpringApplicationBuilder(SupervisionTalkApplication.class).run(all.toArray(String[]::new));
  }

  private static String cookieHeader(List<String> setCookies) {
    return setCookies.stream().map(c -> c.split(";", 2)[0])
        .collect(Collectors.toMap(c -> c.split("=", 2)[0], c -> c, (a, b) -> b))
        .values().stream().collect(Collectors.joining("; "));
  }

  private static Connection postgres() throws SQLException {
    try {
      return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
    } catch (SQLException e) {
      String required = System.getProperty("REQUIRE_POSTGRES", System.getenv("REQUIRE_POSTGRES"));
      if (required != null && !required.equalsIgnoreCase("false")) {
        throw e;
      }
      Assumptions.abort("PostgreSQL at " + SERVER + " is not reachable: " + e.getMessage());
      return null;
    }
  }
}
