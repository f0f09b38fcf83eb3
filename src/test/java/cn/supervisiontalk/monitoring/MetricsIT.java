package cn.supervisiontalk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * /actuator/prometheus: only process owners and system administrators read it (401 and 403 in
 * Chinese otherwise), and it carries the product's figures: open work by stage, overdue tasks by
 * role, the jobs, the timer lag and the notices sent, as a talk starts and a task passes its due
 * date.
 */
// Spring Boot's tests export no metrics unless asked to
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "supervision-talk.metrics.refresh=PT1S")
@DirtiesContext
class MetricsIT {

  private static final String DATABASE = "metrics-it-" + UUID.randomUUID();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  @Autowired
  private RuntimeService runtime;

  @Autowired
  private TaskService tasks;

  @Test
  void onlyOperatorsReadTheFigures() throws Exception {
    HttpResponse<String> anonymous = scrape(null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("请先登录");
    HttpResponse<String> talkee = scrape("wanghai:demo");
    assertThat(talkee.statusCode()).isEqualTo(403);
    assertThat(talkee.body()).contains("您无权访问该内容");
    assertThat(scrape("liuyang:demo").statusCode()).as("a process owner").isEqualTo(200);
  }

  @Test
  void theFiguresFollowTheWork() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate planned = today.plusDays(7).getYear() == today.getYear() ? today.plusDays(7) : today;
    String talk = runtime.createProcessInstanceByKey("regularTalk")
        .setVariable("organizationId", "donghu").setVariable("talkerId", "lijianguo")
        .setVariable("plannedTalkDate", planned.toString()).setVariable("planYear", planned.getYear())
        .execute().getId();
    Task material = tasks.createTaskQuery().processInstanceId(talk)
        .taskDefinitionKey("provideMaterial").taskCandidateGroup("audit").singleResult();
    material.setDueDate(java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(1))));
    tasks.saveTask(material);

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String figures = scrape("liuyang:demo").body();
      assertThat(value(figures, "supervision_talk_open_instances",
          "process=\"regularTalk\",stage=\"prepareTalk\"")).isGreaterThanOrEqualTo(1);
      assertThat(value(figures, "supervision_talk_tasks_overdue", "role=\"audit\""))
          .isGreaterThanOrEqualTo(1);
      assertThat(value(figures, "supervision_talk_notices_total", "kind=\"TASK\""))
          .as("a notice for each new task").isGreaterThanOrEqualTo(1);
      assertThat(figures).contains("supervision_talk_jobs{state=\"failed\"}")
          .contains("supervision_talk_timer_lag_seconds").contains("supervision_talk_escalations_total")
          .contains("jvm_memory_used_bytes");
    });
  }

  private HttpResponse<String> scrape(String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/actuator/prometheus"));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The value of one sample, e.g. {@code name{a="b",c="d"} 3.0}; -1 when it is not there. */
  private static double value(String figures, String name, String labels) {
    Matcher sample = Pattern.compile("^" + Pattern.quote(name) + "\\{" + Pattern.quote(labels)
        + ",?\\}\\s+(\\S+)$", Pattern.MULTILINE).matcher(figures);
    return sample.find() ? Double.parseDouble(sample.group(1)) : -1;
  }
}
