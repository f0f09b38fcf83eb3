package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A login the webapps' CSRF filter refuses, as a browser sees it over plain HTTP to a production
 * server (its Secure cookies not kept, so no token is sent): 403 with a Chinese message that points
 * to HTTPS, the message Tasklist's login shows under 「登录失败」.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CsrfRefusalIT {

  private static final String DATABASE = "csrf-refusal-it-" + UUID.randomUUID();
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void aLoginWithoutTheTokenIsRefusedInChinese() throws Exception {
    HttpResponse<String> refused = login(null);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    assertThat(message(refused)).isEqualTo(CsrfRefusalMessages.NO_TOKEN)
        .contains("https://").doesNotContain("CSRFPreventionFilter");
  }

  @Test
  void aLoginWithAStaleTokenIsRefusedInChinese() throws Exception {
    send(HttpRequest.newBuilder(URI.create(base() + "/camunda/app/tasklist/default/")).GET());

    HttpResponse<String> refused = login("0123456789ABCDEF0123456789ABCDEF");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(message(refused)).isEqualTo(CsrfRefusalMessages.WRONG_TOKEN);
  }

  @Test
  void otherErrorPagesKeepTheirMessage() throws Exception {
    HttpResponse<String> missing = send(HttpRequest.newBuilder(
        URI.create(base() + "/camunda/app/tasklist/no-such-page.js")).GET());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("防跨站");
  }

  private HttpResponse<String> login(String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + LOGIN))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("username=liuyang&password=demo"));
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return new ObjectMapper().readTree(response.body()).path("message").asText();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
