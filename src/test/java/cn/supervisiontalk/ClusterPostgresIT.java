package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of the packaged application on one fresh PostgreSQL database, started at the same
 * moment: both come up (the engine's schema, the deployments, the organization, the role groups
 * and their grants, the filters and the coverage processes are set up once, under the start-up
 * lock), a whole regular talk runs on one while the other's job executor shares its background
 * work, and then a node is killed (SIGKILL) in the middle of the preparation of three talks: the
 * work goes on on the other node, nothing is lost and nothing is done twice; a due timer left
 * locked by a dead node fires once on the other node when the lock expires, within a minute.
 */
@ExtendWith(ClusterPostgresIT.FreshDatabase.class)
@TestMethodOrder(OrderAnnotation.class)
class ClusterPostgresIT {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_cluster_");

  /** The organizations of the crash test with their top leaders (tests' fixture). */
  private static final Map<String, String> TALKEES = new LinkedHashMap<>();

  static {
    TALKEES.put("qingshan", "wanghai");
    TALKEES.put("donghu", "linxiaoyan");
    TALKEES.put("xiling", "gaojianhua");
  }

  private static final Map<String, String> UNIT_MEMBERS = Map.of("discipline", "zhenghua",
      "organization", "xuming", "propaganda", "majun", "inspection", "zhuhong", "audit", "hulin");

  private static AppNode first;
  private static AppNode second;

  @BeforeAll
  static void startTwoNodesAtOnce() throws InterruptedException {
    first = AppNode.start("a", DATABASE);
    second = AppNode.start("b", DATABASE);
    AppNode.awaitReady(Duration.ofMinutes(6), first, second);
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    for (AppNode node : new AppNode[] {first, second}) {
      if (node != null) {
        node.stop();
      }
    }
  }

  @Test
  @Order(1)
  void bothNodesStartedAndSetUpOnce() throws SQLException {
    for (AppNode node : List.of(first, second)) {
      assertThat(node.output()).as(node.name + " started").doesNotContain("APPLICATION FAILED TO START")
          .contains("Started SupervisionTalkApplication");
    }
    assertThat(rows("select key_ from act_re_procdef group by key_ having count(*) > 1"))
        .as("every model deployed once").isEmpty();
    assertThat(rows("select key_ from act_re_procdef")).contains("regularTalk", "rectification");
    assertThat(rows("select name_ from act_ru_filter group by name_ having count(*) > 1"))
        .as("every Tasklist filter created once").isEmpty();
    assertThat(rows("select name_ from act_ru_filter")).isNotEmpty();
    assertThat(rows("select business_key_ from act_ru_execution e join act_re_procdef d"
        + " on d.id_ = e.proc_def_id_ where d.key_ = 'termCoverage' and e.parent_id_ is null"
        + " group by business_key_ having count(*) > 1"))
        .as("one coverage process per leader and term").isEmpty();
    assertThat(rows("select id_ from act_id_user")).contains("admin", "wanghai", "lijianguo");
    assertThat(rows("select indexname from pg_indexes where tablename = 'act_ru_authorization'"))
        .as("the authorization indexes of engine.AuthorizationIndexes")
        .contains("st_idx_auth_user_type", "st_idx_auth_group_type");
  }

  @Test
  @Order(2)
  void aWholeTalkRunsWhileBothNodesWork() throws SQLException {
    String talkId = new RegularTalkRestFlow(second.url()).run();
    assertThat(count("select count(*) from talk_archive where talk_id = '" + talkId + "'"))
        .as("archived once").isEqualTo(1);
  }

  @Test
  @Order(3)
  void aNodeKilledMidWorkLosesNothingAndDoublesNothing() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate planned = today.plusDays(7).getYear() == today.getYear() ? today.plusDays(7) : today;
    Rest victim = new Rest(first.url());
    Rest survivor = new Rest(second.url());

    List<String> talks = new ArrayList<>();
    TALKEES.keySet().forEach(organization -> talks.add(start(victim, organization, planned)));

    // every preparation task of the three talks: the talker's, the talkee's and the five units'
    List<Work> work = new ArrayList<>();
    for (String talk : talks) {
      String talkee = text(survivor.as("admin").engine("GET", "/process-instance/" + talk
          + "/variables/talkeeId", null).ok().json(), "value");
      work.add(new Work(task(survivor, talk, "prepareTalk"), "lijianguo", Map.of(
          "preparationMaterials", string("集群测试研读的材料"),
          "preparationIssues", string("集群测试的谈话要点"))));
      work.add(new Work(task(survivor, talk, "selfInspection"), talkee,
          Map.of("selfInspectionReport", string("集群测试的自查报告"))));
      UNIT_MEMBERS.forEach((unit, member) -> work.add(new Work(unitTask(survivor, talk, member),
          member, Map.of("material", string("集群测试的材料")))));
    }

    // half the work on the node that dies; it is killed while the second half is being sent to it
    CompletableFuture<Void> crash = null;
    int sentToVictim = 0;
    for (int i = 0; i < work.size(); i++) {
      if (i == work.size() / 2) {
        crash = CompletableFuture.runAsync(() -> {
          try {
            first.kill();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      if (first.alive() && submit(victim, work.get(i))) {
        sentToVictim++;
        continue;
      }
      submitAfterCrash(survivor, work.get(i));
    }
    crash.join();
    assertThat(first.alive()).isFalse();
    assertThat(sentToVictim).as("the killed node did part of the work").isPositive();
    long lockedByTheDead = count("select count(*) from act_ru_job where lock_owner_ is not null");
    long crashedAt = System.nanoTime();

    // the branches join in background jobs; those the dead node had locked run on the other node
    // once their lock expires (camunda.bpm.job-execution.lock-time-in-millis, 30 s)
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      for (String talk : talks) {
        assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = '" + talk
            + "' and task_def_key_ = 'holdTalk'")).as("talk " + talk + " reached the talk").isEqualTo(1);
      }
    });
    System.out.printf("集群: 被终止的节点完成了 %d/%d 项准备工作, 终止时锁定的作业 %d 个, %d 秒后三次谈话均进入开展谈话%n",
        sentToVictim, work.size(), lockedByTheDead, (System.nanoTime() - crashedAt) / 1_000_000_000);
    for (String talk : talks) {
      assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = '" + talk + "'"))
          .as("nothing doubled: the talk's only open task is the talk itself").isEqualTo(1);
      assertThat(count("select count(*) from talk_material where talk_id = '" + talk + "'"))
          .as("every unit's material kept once").isEqualTo(UNIT_MEMBERS.size());
      assertThat(count("select count(*) from act_ru_job where process_instance_id_ = '" + talk
          + "' and handler_type_ = 'async-continuation'")).as("no background work left").isZero();
      assertThat(count("select count(*) from act_ru_incident where proc_inst_id_ = '" + talk + "'"))
          .as("no incident").isZero();
    }
  }

  @Test
  @Order(4)
  void aDueTimerTheDeadNodeHadTakenFiresOnceOnTheOtherNodeWithinAMinute() throws Exception {
    List<String> talks = rows("select proc_inst_id_ from act_ru_task where task_def_key_ = 'holdTalk'"
        + " order by proc_inst_id_");
    assertThat(talks).as("the talks of the crash test wait for their talk").hasSizeGreaterThanOrEqualTo(2);
    String taken = talks.get(0);
    String free = talks.get(1);
    // what a node leaves behind when it dies just after taking a due timer: the job stays locked
    // by it until the lock expires (camunda.bpm.job-execution.lock-time-in-millis, 30 s)
    execute("update act_ru_job set duedate_ = now() - interval '1 second', lock_owner_ = 'node-killed',"
        + " lock_exp_time_ = now() + interval '30 seconds' where process_instance_id_ = '" + taken
        + "' and handler_type_ like 'timer%'");
    execute("update act_ru_job set duedate_ = now() - interval '1 second' where process_instance_id_ = '"
        + free + "' and handler_type_ like 'timer%'");
    long dueAt = System.nanoTime();

    long freeFired = firedWithin(free, Duration.ofSeconds(20));
    long takenFired = firedWithin(taken, Duration.ofSeconds(90));
    System.out.printf("集群: 到期的定时器 %d 秒后触发; 已终止节点锁定的到期定时器 %d 秒后由另一节点触发%n",
        (freeFired - dueAt) / 1_000_000_000, (takenFired - dueAt) / 1_000_000_000);
    assertThat(Duration.ofNanos(takenFired - dueAt)).as("fired once the lock expired, within a minute")
        .isBetween(Duration.ofSeconds(25), Duration.ofSeconds(60));
    for (String talk : List.of(taken, free)) {
      assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = '" + talk
          + "' and task_def_key_ = 'superviseTalkRecord'")).as("supervised once: " + talk).isEqualTo(1);
      assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = '" + talk
          + "' and task_def_key_ = 'holdTalk'")).as("the talker's task stays: " + talk).isEqualTo(1);
      assertThat(count("select count(*) from act_ru_incident where proc_inst_id_ = '" + talk + "'"))
          .as("no incident").isZero();
    }
  }

  /** When the talk's overdue timer has fired (its office task exists), as System.nanoTime(). */
  private static long firedWithin(String talk, Duration limit) {
    await().atMost(limit).pollInterval(Duration.ofMillis(250)).until(() -> count(
        "select count(*) from act_ru_task where proc_inst_id_ = '" + talk
            + "' and task_def_key_ = 'superviseTalkRecord'") > 0);
    return System.nanoTime();
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = connection(); Statement statement = connection.createStatement()) {
      assertThat(statement.executeUpdate(sql)).as(sql).isEqualTo(1);
    }
  }

  private static String start(Rest rest, String organization, LocalDate planned) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("talkerId", string("lijianguo"));
    variables.put("plannedTalkDate", string(planned.toString()));
    variables.put("planYear", Map.of("value", planned.getYear(), "type", "Integer"));
    return rest.as("liuyang").engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", variables)).ok().json().path("id").asText();
  }

  private static String task(Rest rest, String talk, String key) {
    List<JsonNode> tasks = rest.as("admin").engine("GET", "/task?processInstanceId=" + talk
        + "&taskDefinitionKey=" + key, null).ok().list();
    assertThat(tasks).as(key + " of " + talk).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private static String unitTask(Rest rest, String talk, String member) {
    List<JsonNode> tasks = rest.as(member).engine("GET", "/task?processInstanceId=" + talk
        + "&candidateUser=" + member, null).ok().list();
    assertThat(tasks).as("material task of " + member + " in " + talk).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  /** Claims (group tasks) and completes one task; false when the node could not be reached. */
  private static boolean submit(Rest rest, Work item) {
    try {
      Rest user = rest.as(item.user());
      JsonNode task = user.engine("GET", "/task/" + item.task(), null).ok().json();
      if (task.path("assignee").isNull() || task.path("assignee").asText().isEmpty()) {
        user.engine("POST", "/task/" + item.task() + "/claim", Map.of("userId", item.user()))
            .expect(204);
      }
      user.engine("POST", "/task/" + item.task() + "/submit-form",
          Map.of("variables", item.variables())).expect(204);
      return true;
    } catch (UncheckedIOException nodeGone) {
      return false;
    }
  }

  /**
   * After the crash, the person sends again what may have been lost: a task the dead node
   * completed before it died is gone (404), any other is completed now.
   */
  private static void submitAfterCrash(Rest survivor, Work item) {
    Response task = survivor.as("admin").engine("GET", "/task/" + item.task(), null);
    if (task.status() == 404) {
      return;
    }
    assertThat(submit(survivor, item)).as("the surviving node answers").isTrue();
  }

  /** A task, the person who does it and what his form submits. */
  private record Work(String task, String user, Map<String, Object> variables) {
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText();
  }

  private static List<String> rows(String sql) throws SQLException {
    try (Connection connection = connection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = connection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static Connection connection() throws SQLException {
    return DriverManager.getConnection(PostgresDatabase.SERVER + DATABASE, PostgresDatabase.USER, "");
  }

  /** This class's database on the local server (see {@link PostgresDatabase}). */
  static class FreshDatabase extends PostgresDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
