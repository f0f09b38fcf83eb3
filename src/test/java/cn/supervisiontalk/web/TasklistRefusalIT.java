package cn.supervisiontalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tasklist does not call /engine-rest but the webapps' own engine API (/camunda/api/engine). A
 * refused start form must reach the person there too as 400 with only the Chinese reason, not as a
 * 500 with the engine's English wrapping.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TasklistRefusalIT {

  private static final String DATABASE = "tasklist-refusal-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
  }

  @LocalServerPort int port;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  @Test
  void aStartRefusedByArticleSevenShowsOnlyTheChineseReasonInTasklist() throws Exception {
    String base = "http://localhost:" + port + "/camunda";
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET());
    HttpResponse<String> login = send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=liuyang&password=demo")));
    assertThat(login.statusCode()).isEqualTo(200);
    // the login starts a new session with a new CSRF token, handed out on the next read
    send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default")).GET());

    String form = """
        {"variables": {"organizationId": {"value": "qingshan"}, "talkerId": {"value": "zhaomin"},
         "plannedTalkDate": {"value": "2099-06-01"}, "planYear": {"value": 2099}}}""";
    HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(
            base + "/api/engine/engine/default/process-definition/key/regularTalk/submit-form"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form)));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = new ObjectMapper().readTree(refused.body());
    assertThat(body.path("message").asText())
        .isEqualTo("对市(地、州、盟)、县(市、区、旗)、乡镇(街道)党(工)委书记开展定期谈话,应当由上一级党委书记作为谈话人(第七条)。");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    return http.send(request.header("X-XSRF-TOKEN", token).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

}
