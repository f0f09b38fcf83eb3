package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A POST another page makes the person's browser send (his session cookie, no CSRF token) is
 * refused in Chinese and leaves him logged in (security.CsrfKeepsSession); Camunda's own filter
 * would have ended his session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CsrfKeepsSessionIT {

  private static final String DATABASE = "csrf-keeps-session-it-" + UUID.randomUUID();
  private static final String ME = "/camunda/api/admin/auth/user/default";

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  @Test
  void aForgedPostIsRefusedWithoutLoggingThePersonOut() {
    WebappSession tasklist = WebappSession.tasklist("http://localhost:" + port, "liuyang", "demo");
    assertThat(tasklist.loggedIn()).isTrue();

    Response logout = tasklist.forged("POST", ME + "/logout");
    assertThat(logout.status()).isEqualTo(403);
    assertThat(logout.body()).contains("未通过防跨站请求伪造(CSRF)校验");
    Response claim = tasklist.forged("POST", WebappSession.ENGINE_API + "/task/no-such-task/claim");
    assertThat(claim.status()).isEqualTo(403);

    assertThat(tasklist.send("GET", ME, null).status()).as("still logged in").isEqualTo(200);
    assertThat(tasklist.engine("GET", "/task/count", null).status()).isEqualTo(200);
    assertThat(tasklist.send("POST", ME + "/logout", null).status())
        .as("his own logout, with the token").isEqualTo(200);
    assertThat(tasklist.engine("GET", "/task/count", null).status()).as("logged out").isEqualTo(401);
  }
}
