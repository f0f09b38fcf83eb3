package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import cn.supervisiontalk.talk.TalkSteps;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two office members completing the same task at the same moment (threads released by one
 * barrier): the measures review and the archiving of N talks, one over /engine-rest and the other
 * over Tasklist's /camunda/api/engine, and two claims of the same task. Exactly one succeeds; the
 * other answers 409 in Chinese (404 if it came after the task was gone), never 500; the review, the copy of the measures and the archive
 * exist once. Run on H2 ({@link ConcurrentCompletionIT}) and PostgreSQL
 * ({@link ConcurrentCompletionPostgresIT}).
 */
// no per-class test instance: the PostgreSQL extension must create the database before Spring
// injects the instance
abstract class ConcurrentCompletionProbes {

  static final int PAIRS = Integer.getInteger("concurrent.pairs", 6);
  static final String OFFICE_A = "liuyang";
  static final String OFFICE_B = "huangjing";

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
  private Rest rest;
  private WebappSession tasklistB;

  @BeforeEach
  void clients() {
    rest = new Rest("http://localhost:" + port);
    tasklistB = WebappSession.tasklist("http://localhost:" + port, OFFICE_B, "demo");
    assertThat(tasklistB.loggedIn()).isTrue();
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void concurrentReviewsAndArchivingSucceedOnceAndAnswerAChinese409() throws Exception {
    for (int pair = 0; pair < PAIRS; pair++) {
      String talk = talkAwaitingMeasuresReview();
      String review = awaitTask(talk, "reviewMeasures").getId();
      List<Response> answers = together(
          () -> rest.as(OFFICE_A).engine("POST", "/task/" + review + "/submit-form", measuresAccepted()),
          () -> tasklistB.engine("POST", "/task/" + review + "/submit-form", measuresAccepted()));
      expectOneSuccessAndChineseConflicts(answers, "measures review " + pair);
      await().atMost(Duration.ofSeconds(20)).until(() -> count(
          "select count(*) from talk_copy where talk_id = ? and part = 'MEASURES'", talk) > 0);
      assertThat(count("select count(*) from talk_review where talk_id = ? and stage = 'MEASURES'", talk))
          .as("one review recorded").isEqualTo(1);

      rectified(talk);
      String archive = awaitTask(talk, "prepareArchive").getId();
      answers = together(
          () -> tasklistB.engine("POST", "/task/" + archive + "/submit-form", archived()),
          () -> rest.as(OFFICE_A).engine("POST", "/task/" + archive + "/submit-form", archived()));
      expectOneSuccessAndChineseConflicts(answers, "archiving " + pair);
      await().atMost(Duration.ofSeconds(20)).until(() -> !tasks(talk, "readArchive").isEmpty());
      assertThat(count("select count(*) from talk_archive where talk_id = ?", talk)).isEqualTo(1);
      assertThat(count("select count(*) from talk_copy where talk_id = ? and part = 'MEASURES'", talk))
          .as("the measures copied once").isEqualTo(1);
      assertThat(count("select count(*) from archive_copy where talk_id = ?", talk))
          .isEqualTo(tasks(talk, "readArchive").size());
    }
  }

  @Test
  void concurrentClaimsSucceedOnceAndAnswerAChinese409() throws Exception {
    for (int pair = 0; pair < 3; pair++) {
      String talk = talkAwaitingMeasuresReview();
      String review = awaitTask(talk, "reviewMeasures").getId();
      List<Response> answers = together(
          () -> rest.as(OFFICE_A).engine("POST", "/task/" + review + "/claim", Map.of("userId", OFFICE_A)),
          () -> tasklistB.engine("POST", "/task/" + review + "/claim", Map.of("userId", OFFICE_B)));
      expectOneSuccessAndChineseConflicts(answers, "claim " + pair);
      String assignee = engine.getTaskService().createTaskQuery().taskId(review).singleResult().getAssignee();
      assertThat(assignee).isIn(OFFICE_A, OFFICE_B);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private List<Response> together(java.util.concurrent.Callable<Response> first,
      java.util.concurrent.Callable<Response> second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Response>> futures = new ArrayList<>();
    for (java.util.concurrent.Callable<Response> call : List.of(first, second)) {
      futures.add(threads.submit(() -> {
        start.await();
        return call.call();
      }));
    }
    List<Response> answers = new ArrayList<>();
    for (Future<Response> future : futures) {
      answers.add(future.get());
    }
    return answers;
  }

  /**
   * One request wins. The other either overlapped it (409, 「他人」 did it first) or arrived after the
   * winner had committed, when the task no longer exists (404, 「可能已办理完毕」); both are Chinese and
   * neither is a 500.
   */
  private static void expectOneSuccessAndChineseConflicts(List<Response> answers, String what) {
    assertThat(answers).as(what + ": " + answers)
        .allMatch(a -> a.status() == 204 || a.status() == 200 || a.status() == 409 || a.status() == 404);
    assertThat(answers.stream().filter(a -> a.status() < 300).count())
        .as(what + ": exactly one succeeds: " + answers).isEqualTo(1);
    for (Response conflict : answers.stream().filter(a -> a.status() == 409).toList()) {
      String message = conflict.json().path("message").asText();
      assertThat(message).as(what).contains("他人").doesNotContain("Exception", "ENGINE-", "SQL");
    }
    for (Response late : answers.stream().filter(a -> a.status() == 404).toList()) {
      String message = late.json().path("message").asText();
      assertThat(message).as(what).contains("已办理完毕").doesNotContain("Exception", "ENGINE-", "SQL");
    }
  }

  private Map<String, Object> measuresAccepted() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("measuresDecision", Map.of("value", "ACCEPT", "type", "String"));
    variables.put("measuresReviewComment", Map.of("value", "措施可行", "type", "String"));
    return Map.of("variables", variables);
  }

  private Map<String, Object> archived() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("copyToExtra", Map.of("value", "[\"propaganda\"]", "type", "Json"));
    variables.put("archiveRemark", Map.of("value", "材料齐全", "type", "String"));
    return Map.of("variables", variables);
  }

  /** A regular talk, held, with the talkee's measures submitted: the office is to review them. */
  private String talkAwaitingMeasuresReview() {
    LocalDate planned = today.plusDays(3).getYear() == today.getYear() ? today.plusDays(3) : today;
    String talk = engine.getRuntimeService().startProcessInstanceByKey("regularTalk", Variables
        .createVariables().putValue("organizationId", "xiling").putValue("talkerId", "lijianguo")
        .putValue("plannedTalkDate", planned.toString()).putValue("planYear", planned.getYear())
        .putValue("additionalTalk", true)).getBusinessKey();
    TaskService tasks = engine.getTaskService();
    complete(talk, "prepareTalk", t -> Variables.createVariables()
        .putValue("preparationMaterials", "巡察反馈意见").putValue("preparationIssues", "主体责任压得不实"));
    complete(talk, "selfInspection", t -> Variables.createVariables()
        .putValue("selfInspectionReport", "对照规定查找出三方面问题"));
    for (Task material : tasks(talk, "provideMaterial")) {
      String unit = (String) tasks.getVariable(material.getId(), "unit");
      tasks.complete(material.getId(), Variables.createVariables().putValue("material", unit + "提供的情况"));
    }
    complete(talk, "holdTalk", t -> TalkSteps.record(today));
    complete(talk, "submitMeasures", t -> Variables.createVariables()
        .putValue("reflections", "深刻认识到问题的严重性")
        .putValue("otherMeasures", "建立主体责任清单\n开展选人用人专项检查"));
    return talk;
  }

  private void rectified(String talk) {
    complete(talk, "submitResults", t -> Variables.createVariables().putValue("results", "各项措施均已落实"));
    complete(talk, "reviewResults", t -> Variables.createVariables()
        .putValue("resultsDecision", "RECTIFIED").putValue("resultsReviewComment", "整改到位"));
  }

  private void complete(String talk, String key, Function<Task, VariableMap> values) {
    Task task = awaitTask(talk, key);
    engine.getTaskService().complete(task.getId(), values.apply(task));
  }

  private Task awaitTask(String talk, String key) {
    await(key + " of " + talk).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> !tasks(talk, key).isEmpty());
    return tasks(talk, key).get(0);
  }

  private List<Task> tasks(String talk, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(talk)
        .taskDefinitionKey(key).list();
  }

  private long count(String sql, String talk) {
    return jdbc.sql(sql).param(talk).query(Long.class).single();
  }
}
