package cn.supervisiontalk.benchmark;

import static cn.supervisiontalk.RegularTalkRestFlow.bool;
import static cn.supervisiontalk.RegularTalkRestFlow.json;
import static cn.supervisiontalk.RegularTalkRestFlow.string;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (issue 14): the application against a bare Camunda 7.24 application
 * (bench/bare-camunda: the same Spring Boot and Camunda, the starter with REST and Webapp, no
 * application code) doing the same user tasks of a regular talk on PostgreSQL, side by side on this
 * machine; printed as ratios with the targets (per task ≤ 1.25× for SQL statements and for time,
 * cold start ≤ 1.3×). Asserts only that both did the same work, never the figures.
 *
 * <p>Both run as separate JVMs with the same flags, launched by Spring Boot's PropertiesLauncher
 * with the statement counter of bench/statement-counter on {@code -Dloader.path}: it wraps each
 * DataSource and counts every SQL statement (a batch of n counts n); the benchmark reads the count
 * over a local socket, so nothing of it is in the application's sources or jar.
 *
 * <p>A talk is the happy path of {@code RegularTalkRestFlow} (start, 22 user tasks, one return of
 * the measures): every person finds their task with a task query as themself, claims it if it is a
 * group task, and submits its form with the same variables on both sides. The bare model
 * (bench/bare-camunda/src/main/resources/bare-*.bpmn) has the same user tasks, asynchronous
 * boundaries and timers; what the application computes (assignees, due dates, units) it gets as
 * start variables. Before each task the benchmark waits until the job executor has run the talk's
 * asynchronous continuations; the waiting is done on the database directly, so that it runs no
 * statement in either application.
 *
 * <p>Run with {@code mvn -Pbench verify -Dit.test=BareComparisonIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.talks=10 -Dbench.warmup=2
 * -Dbench.starts=5} are the defaults. Besides the wall times, which the other builds on this small
 * machine make noisy, it prints the CPU time the server process used (for the talks, and until it
 * first answered), which they disturb much less. Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust).
 */
class BareComparisonIT {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** The same for both JVMs. */
  private static final List<String> JVM_FLAGS = List.of("-Xmx512m");
  private static final Pattern STARTED =
      Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

  private static final int TALKS = Integer.getInteger("bench.talks", 10);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 2);
  private static final int STARTS = Integer.getInteger("bench.starts", 5);

  private static final String TALKER = "lijianguo";
  private static final String TALKEE = "wanghai";
  private static final String OFFICE_A = "huangjing";
  private static final String OFFICE_B = "liuyang";
  /** The cooperating units, their member in the tests' organization and the bare app's group. */
  private static final String[][] UNITS = {
      {"discipline", "zhenghua"}, {"organization", "xuming"}, {"propaganda", "majun"},
      {"inspection", "zhuhong"}, {"audit", "hulin"}};
  private static final List<String> TALKEE_TEAM = List.of("liuzhiyuan", "chenjing", "yangfan");
  private static final String[][] RECIPIENTS = {
      {"discipline", "zhenghua"}, {"organization", "xuming"}, {"propaganda", "majun"}};

  private final Path buildDir = Path.of(System.getProperty("app.jar")).toAbsolutePath().getParent();
  private final Path benchDir = buildDir.resolve("bench");
  private final LocalDate today = LocalDate.now(CHINA);
  /** Every node started, ended in any case when the benchmark ends. */
  private final List<Node> launched = new ArrayList<>();
  private final LocalDate planned =
      today.plusDays(7).getYear() == today.getYear() ? today.plusDays(7) : today;

  @Test
  void applicationAgainstBareCamunda() throws Exception {
    Path appJar = Path.of(System.getProperty("app.jar")).toAbsolutePath();
    assertThat(appJar).as("the packaged application (mvn package)").exists();
    Path counterJar = build("statement-counter");
    Path bareJar = build("bare-camunda");
    Files.createDirectories(benchDir);
    String load = loadAverage();

    String appDb = "h2bench_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String bareDb = "h2bench_bare_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    createDatabase(appDb);
    createDatabase(bareDb);
    Side app = new Side("应用", "regularTalk", appDb, counterJar, appJar, List.of(
        "--spring.profiles.active=postgres",
        "--supervision-talk.seeds.location=file:"
            + Path.of("src/test/resources/fixture/organization.yaml").toAbsolutePath(),
        "--supervision-talk.report.cron=R/2099-01-01T08:00:00/P1Y"));
    Side bare = new Side("裸 Camunda", "bareTalk", bareDb, counterJar, bareJar, List.of());
    try {
      // first start: an empty database, the schema is created; one after the other
      Node appNode = app.launch("first");
      double appFirst = appNode.awaitReady();
      Node bareNode = bare.launch("first");
      double bareFirst = bareNode.awaitReady();
      bareSetup(bareNode);

      for (int i = 0; i < WARMUP; i++) {
        talk(appNode);
        talk(bareNode);
      }
      List<TalkFigures> appTalks = new ArrayList<>();
      List<TalkFigures> bareTalks = new ArrayList<>();
      for (int i = 0; i < TALKS; i++) {
        appTalks.add(talk(appNode));
        bareTalks.add(talk(bareNode));
      }
      // one more talk each with a dump of the statements around every task: the breakdown
      profile(appNode, "app");
      profile(bareNode, "bare");
      appNode.stop();
      bareNode.stop();

      List<Double> appReady = new ArrayList<>();
      List<Double> bareReady = new ArrayList<>();
      List<Double> appReadyCpu = new ArrayList<>();
      List<Double> bareReadyCpu = new ArrayList<>();
      List<Double> appStarted = new ArrayList<>();
      List<Double> bareStarted = new ArrayList<>();
      for (int i = 0; i < STARTS; i++) {
        Node a = app.launch("restart" + i);
        appReady.add(a.awaitReady());
        appReadyCpu.add(a.cpuNanos() / 1e9);
        appStarted.add(a.startedSeconds());
        a.stop();
        Node b = bare.launch("restart" + i);
        bareReady.add(b.awaitReady());
        bareReadyCpu.add(b.cpuNanos() / 1e9);
        bareStarted.add(b.startedSeconds());
        b.stop();
      }

      for (List<TalkFigures> talks : List.of(appTalks, bareTalks)) {
        assertThat(talks).allSatisfy(t -> assertThat(t.tasks).isEqualTo(22));
        assertThat(talks).allSatisfy(t -> assertThat(t.statements).as("the counter counts")
            .isPositive());
      }
      Table table = new Table();
      table.row("SQL 语句/任务", median(appTalks, TalkFigures::statementsPerTask),
          median(bareTalks, TalkFigures::statementsPerTask), "%.1f", 1.25);
      table.row("JDBC 往返/任务(批量算一次)", median(appTalks, TalkFigures::roundTripsPerTask),
          median(bareTalks, TalkFigures::roundTripsPerTask), "%.1f", 0);
      table.row("耗时/任务 (ms,REST 查询+认领+提交)", median(appTalks, TalkFigures::millisPerTask),
          median(bareTalks, TalkFigures::millisPerTask), "%.1f", 1.25);
      table.row("服务器 CPU/任务 (ms,整次谈话)", median(appTalks, TalkFigures::cpuMillisPerTask),
          median(bareTalks, TalkFigures::cpuMillisPerTask), "%.1f", 1.25);
      table.row("冷启动: 启动进程→首个认证 REST 应答 (s)", median(appReady), median(bareReady),
          "%.1f", 1.3);
      table.row("冷启动: 到首个应答所用 CPU (s)", median(appReadyCpu), median(bareReadyCpu),
          "%.1f", 1.3);
      table.row("冷启动: Spring “Started … in” (s)", median(appStarted), median(bareStarted),
          "%.1f", 1.3);
      table.row("首次启动(空库,建表) (s)", appFirst, bareFirst, "%.1f", 0);
      System.out.printf("%n应用与裸 Camunda 7.24 对比(PostgreSQL,%d 次谈话的中位数,预热 %d 次,每次谈话"
              + " %d 项用户任务;冷启动 %d 次的中位数)%n",
          TALKS, WARMUP, appTalks.get(0).tasks, STARTS);
      System.out.println(table);
      System.out.printf("每次谈话 SQL 语句: 应用 %s;裸 %s%n", statements(appTalks), statements(bareTalks));
      System.out.printf("每次谈话耗时/任务 (ms): 应用 %s;裸 %s%n", figures(appTalks, TalkFigures::millisPerTask),
          figures(bareTalks, TalkFigures::millisPerTask));
      System.out.printf("冷启动到首个应答 (s): 应用 %s;裸 %s%n", rounded(appReady), rounded(bareReady));
      System.out.printf("冷启动 CPU (s): 应用 %s;裸 %s%n", rounded(appReadyCpu), rounded(bareReadyCpu));
      System.out.printf("负载 (/proc/loadavg): 开始 %s,结束 %s;2 核%n", load, loadAverage());
      System.out.printf("逐项任务的语句明细: %s%n", benchDir);
    } finally {
      for (Node node : launched) {
        node.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      dropDatabase(appDb);
      dropDatabase(bareDb);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One talk: the same 22 tasks on both sides

  private record TalkFigures(int tasks, long statements, long roundTrips, long nanos, long cpuNanos) {
    double statementsPerTask() {
      return (double) statements / tasks;
    }

    double roundTripsPerTask() {
      return (double) roundTrips / tasks;
    }

    double cpuMillisPerTask() {
      return cpuNanos / 1e6 / tasks;
    }

    double millisPerTask() {
      return nanos / 1e6 / tasks;
    }
  }

  /** A step: a person finds the task (by assignee or as candidate), claims it if need be, submits. */
  private record Step(String taskKey, String user, boolean candidate, Map<String, Object> variables) {}

  private List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("selfInspection", TALKEE, false,
        Map.of("selfInspectionReport", string("对照《工作办法》逐条自查,形成自查报告。"))));
    steps.add(new Step("prepareTalk", TALKER, false, Map.of(
        "preparationMaterials", string("《党委(党组)对下级党组织“一把手”开展监督谈话工作办法》;巡察反馈意见"),
        "preparationIssues", string("落实全面从严治党主体责任不够到位。"))));
    for (String[] unit : UNITS) {
      Map<String, Object> material = new LinkedHashMap<>();
      material.put("material", string("关于王海同志及青山县委的有关情况(" + unit[0] + ")"));
      if (unit[0].equals("discipline")) {
        material.put("attendee", string("zhenghua"));
      }
      steps.add(new Step("provideMaterial", unit[1], true, material));
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", string(today.toString()));
    record.put("attendeeIds", json(List.of("zhenghua", "liuyang")));
    record.put("selfInspectionHeard", string("王海同志报告了对照规定开展自查的情况。"));
    record.put("problems", string("履行全面从严治党第一责任人职责不到位\n巡察反馈问题整改进度滞后"));
    record.put("explanation", string("对指出的问题作了说明,表示诚恳接受。"));
    record.put("requirements", string("一个月内报送整改措施\n三个月内报告整改情况"));
    record.put("commitment", string("坚决整改,按期报送整改措施和整改情况。"));
    steps.add(new Step("holdTalk", TALKER, false, record));
    steps.add(new Step("submitMeasures", TALKEE, false, Map.of(
        "reflections", string("第一稿思想认识"),
        "firstResponsibilityMeasures", string("第一稿每季度专题研究党风廉政建设,2027年3月底前完成"),
        "otherMeasures", string("第一稿巡察反馈问题逐项销号,2027年2月底前完成"))));
    steps.add(new Step("reviewMeasures", OFFICE_A, true, Map.of(
        "measuresDecision", string("RETURN"), "measuresReviewComment", string("整改措施不够具体,缺少完成时限。"))));
    steps.add(new Step("submitMeasures", TALKEE, false, Map.of(
        "reflections", string("深刻认识到问题的严重性,诚恳接受批评。"),
        "firstResponsibilityMeasures", string("每季度专题研究党风廉政建设,2027年3月底前完成"),
        "otherMeasures", string("巡察反馈问题逐项销号,2027年2月底前完成"))));
    steps.add(new Step("reviewMeasures", OFFICE_B, true, Map.of(
        "measuresDecision", string("ACCEPT"), "measuresReviewComment", string("措施具体可行,予以通过。"))));
    steps.add(new Step("informTeam", TALKEE, false, Map.of(
        "informedOn", string(today.toString()), "informedHow", string("STANDING_COMMITTEE"),
        "informedNote", string("县委常委会会议"))));
    for (String member : TALKEE_TEAM) {
      steps.add(new Step("acknowledgeMeasures", member, false, Map.of("acknowledged", bool(true))));
    }
    steps.add(new Step("submitResults", TALKEE, false,
        Map.of("results", string("两项整改措施均已完成,巡察反馈问题全部销号。"))));
    steps.add(new Step("reviewResults", OFFICE_A, true, Map.of(
        "resultsDecision", string("RECTIFIED"), "resultsReviewComment", string("整改到位。"))));
    steps.add(new Step("prepareArchive", OFFICE_A, true, Map.of(
        "copyToExtra", json(List.of("propaganda")), "archiveRemark", string("定期谈话材料已整理归档。"))));
    for (String[] recipient : RECIPIENTS) {
      steps.add(new Step("readArchive", recipient[1], true, Map.of("archiveRead", bool(true))));
    }
    return steps;
  }

  private TalkFigures talk(Node node) throws Exception {
    return talk(node, null);
  }

  /** Runs one talk; with a profile name, dumps the statements around the start and every task. */
  private TalkFigures talk(Node node, String profile) throws Exception {
    Dump before = profile == null ? null : node.dump();
    long[] countsBefore = node.counts();
    long cpuBefore = node.cpuNanos();
    String businessKey = start(node);
    if (profile != null) {
      before = node.writeDiff(profile, 0, "start", before);
    }
    long nanos = 0;
    int tasks = 0;
    for (Step step : steps()) {
      node.awaitTask(businessKey, step);
      long t0 = System.nanoTime();
      Rest rest = node.rest(step.user());
      String how = step.candidate() ? "candidateUser" : "assignee";
      List<JsonNode> found = rest.call("GET", "/engine-rest/task?processInstanceBusinessKey="
          + enc(businessKey) + "&taskDefinitionKey=" + step.taskKey() + "&" + how + "="
          + step.user() + "&maxResults=1", null, 200).list();
      assertThat(found).as(node.name + ": " + step.taskKey() + " for " + step.user()).hasSize(1);
      String taskId = found.get(0).path("id").asText();
      if (step.candidate()) {
        rest.call("POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", step.user()), 204);
      }
      rest.call("POST", "/engine-rest/task/" + taskId + "/submit-form",
          Map.of("variables", step.variables()), 204);
      nanos += System.nanoTime() - t0;
      tasks++;
      if (profile != null) {
        before = node.writeDiff(profile, tasks, step.taskKey() + (step.candidate() ? " (认领+提交)" : " (提交)"),
            before);
      }
    }
    node.awaitEnd(businessKey);
    long cpu = node.cpuNanos() - cpuBefore;
    long[] counts = node.counts();
    if (profile != null) {
      node.writeDiff(profile, tasks + 1, "异步作业(谈话结束前余下的)", before);
    }
    return new TalkFigures(tasks, counts[0] - countsBefore[0], counts[1] - countsBefore[1], nanos, cpu);
  }

  private void profile(Node node, String name) throws Exception {
    TalkFigures figures = talk(node, name);
    System.out.printf("%s: 分析用的一次谈话 %d 条语句,逐项明细见 %s%n", node.name,
        figures.statements, benchDir.resolve(name + "-summary.txt"));
  }

  /** The office starts the talk with the start form; answers the business key. */
  private String start(Node node) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string("qingshan"));
    variables.put("talkerId", string(TALKER));
    variables.put("plannedTalkDate", string(planned.toString()));
    variables.put("planYear", Map.of("value", planned.getYear(), "type", "Integer"));
    Map<String, Object> body = new LinkedHashMap<>();
    String businessKey = null;
    if (node.side.processKey.equals("bareTalk")) {
      // what the application derives from the organization, the dates, its decision tables
      businessKey = UUID.randomUUID().toString();
      body.put("businessKey", businessKey);
      variables.put("talkeeId", string(TALKEE));
      variables.put("preparationDue", date(endOfDay(planned.minusDays(1))));
      variables.put("talkDue", date(endOfDay(planned)));
      Instant measuresDue = endOfDay(today.plusMonths(1));
      Instant resultsDue = endOfDay(today.plusMonths(3));
      variables.put("measuresDue", date(measuresDue));
      variables.put("measuresReminderAt", date(measuresDue.minus(Duration.ofDays(7))));
      variables.put("resultsDue", date(resultsDue));
      variables.put("resultsReminderAt", date(resultsDue.minus(Duration.ofDays(7))));
      variables.put("noticeDue", date(endOfDay(today.plusMonths(1))));
      variables.put("reviewMeasuresDue", date(endOfDay(today.plusDays(10))));
      variables.put("reviewResultsDue", date(endOfDay(today.plusDays(15))));
      variables.put("prepareArchiveDue", date(endOfDay(today.plusDays(15))));
      variables.put("cooperatingUnits", list(Stream.of(UNITS).map(u -> u[0]).toList()));
      variables.put("members", list(TALKEE_TEAM));
      variables.put("copyRecipients", list(Stream.of(RECIPIENTS).map(u -> u[0]).toList()));
    }
    body.put("variables", variables);
    JsonNode instance = node.rest(OFFICE_B).call("POST",
        "/engine-rest/process-definition/key/" + node.side.processKey + "/submit-form", body, 200).json();
    String key = instance.path("businessKey").asText();
    assertThat(key).as(node.name + ": business key").isNotBlank();
    if (businessKey != null) {
      assertThat(key).isEqualTo(businessKey);
    }
    return key;
  }

  /**
   * The bare application's people, groups and grants, as its administrator would set them up:
   * the tests' people (password demo), a group per unit and the office, and everybody may start
   * processes. Task permissions come from the engine (assignee and candidate groups).
   */
  private void bareSetup(Node node) {
    Rest admin = node.rest("admin");
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("office", List.of(OFFICE_A, OFFICE_B));
    for (String[] unit : UNITS) {
      groups.put(unit[0], List.of(unit[1]));
    }
    List<String> people = new ArrayList<>(List.of(TALKER, TALKEE, OFFICE_A, OFFICE_B));
    Stream.of(UNITS).forEach(u -> people.add(u[1]));
    people.addAll(TALKEE_TEAM);
    for (String person : people) {
      admin.call("POST", "/engine-rest/user/create", Map.of(
          "profile", Map.of("id", person, "firstName", person, "lastName", person,
              "email", person + "@example.org"),
          "credentials", Map.of("password", "demo")), 204);
    }
    groups.forEach((group, members) -> {
      admin.call("POST", "/engine-rest/group/create",
          Map.of("id", group, "name", group, "type", "WORKFLOW"), 204);
      members.forEach(m -> admin.call("PUT", "/engine-rest/group/" + group + "/members/" + m, null, 204));
    });
    // resource types: 6 process definition, 8 process instance; type 0: global (everybody)
    admin.call("POST", "/engine-rest/authorization/create", Map.of("type", 0, "userId", "*",
        "resourceType", 6, "resourceId", "*", "permissions", List.of("READ", "CREATE_INSTANCE")), 200);
    admin.call("POST", "/engine-rest/authorization/create", Map.of("type", 0, "userId", "*",
        "resourceType", 8, "resourceId", "*", "permissions", List.of("CREATE")), 200);
  }

  // ---------------------------------------------------------------------------------------------
  // The two applications

  private final class Side {
    final String name;
    final String processKey;
    final String database;
    final Path counterJar;
    final Path jar;
    final List<String> arguments;

    Side(String name, String processKey, String database, Path counterJar, Path jar,
        List<String> arguments) {
      this.name = name;
      this.processKey = processKey;
      this.database = database;
      this.counterJar = counterJar;
      this.jar = jar;
      this.arguments = arguments;
    }

    Node launch(String run) throws IOException {
      int port = freePort();
      int counterPort = freePort();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(JVM_FLAGS);
      command.addAll(List.of("-cp", jar.toString(), "-Dloader.path=" + counterJar,
          "-Dstatement-counter.port=" + counterPort,
          "org.springframework.boot.loader.launch.PropertiesLauncher",
          "--server.port=" + port,
          "--spring.datasource.url=" + SERVER + database,
          "--spring.datasource.username=postgres",
          "--spring.datasource.password="));
      command.addAll(arguments);
      Path log = benchDir.resolve(processKey + "-" + run + ".log");
      long launched = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      Node node = new Node(this, process, launched, port, counterPort, log);
      BareComparisonIT.this.launched.add(node);
      return node;
    }
  }

  private final class Node {
    final Side side;
    final String name;
    final Process process;
    final long launched;
    final int port;
    final int counterPort;
    final Path log;
    final Connection db;

    Node(Side side, Process process, long launched, int port, int counterPort, Path log) {
      this.side = side;
      this.name = side.name;
      this.process = process;
      this.launched = launched;
      this.port = port;
      this.counterPort = counterPort;
      this.log = log;
      try {
        this.db = DriverManager.getConnection(SERVER + side.database, "postgres", "");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    Rest rest(String user) {
      return new Rest("http://localhost:" + port, user, user.equals("admin") ? "admin" : "demo");
    }

    /** Seconds from launching the process to its first successful authenticated REST answer. */
    double awaitReady() throws InterruptedException {
      Rest admin = rest("admin");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (true) {
        assertThat(process.isAlive()).as(name + " died while starting, see " + log).isTrue();
        assertThat(System.nanoTime()).as(name + " not ready in 5 minutes, see " + log)
            .isLessThan(deadline);
        if (admin.status("/engine-rest/task/count") == 200) {
          return (System.nanoTime() - launched) / 1e9;
        }
        Thread.sleep(50);
      }
    }

    double startedSeconds() throws IOException {
      Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
      assertThat(started.find()).as("Spring's start line in " + log).isTrue();
      return Double.parseDouble(started.group(1));
    }

    void stop() throws InterruptedException, SQLException {
      db.close();
      process.destroy();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }

    /** Statements and JDBC round trips (a batch of statements is one) so far. */
    long[] counts() throws IOException {
      String[] figures = counter("total").get(0).split(" ");
      long statements = Long.parseLong(figures[0]);
      long batched = Long.parseLong(figures[1]);
      long batches = Long.parseLong(figures[2]);
      return new long[] {statements, statements - batched + batches};
    }

    /** The CPU time the server process has used so far. */
    long cpuNanos() {
      return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
    }

    Dump dump() throws IOException {
      Dump dump = new Dump();
      boolean sql = false;
      for (String line : counter("dump")) {
        if (line.equals("--")) {
          sql = true;
        } else if (sql) {
          String[] idAndSql = line.split("\t", 2);
          dump.sql.put(idAndSql[0], idAndSql[1]);
        } else {
          String[] countAndKey = line.split("\t", 2);
          dump.counts.put(countAndKey[1], Long.parseLong(countAndKey[0]));
        }
      }
      return dump;
    }

    /** Writes what ran since {@code before}; answers the new dump. */
    Dump writeDiff(String profile, int index, String what, Dump before) throws IOException {
      Dump now = dump();
      StringBuilder text = new StringBuilder();
      long total = 0;
      Map<String, Long> byTable = new TreeMap<>();
      for (Map.Entry<String, Long> entry : now.counts.entrySet()) {
        long delta = entry.getValue() - before.counts.getOrDefault(entry.getKey(), 0L);
        if (delta > 0) {
          total += delta;
          String key = entry.getKey();
          String id = key.substring(key.lastIndexOf('#') + 1);
          byTable.merge(key.substring(0, key.lastIndexOf('#')).trim(), delta, Long::sum);
          text.append(String.format("%5d  %s%n       %s%n", delta, key, now.sql.get(id)));
        }
      }
      StringBuilder summary = new StringBuilder(String.format("%s %02d %s: %d 条语句%n",
          name, index, what, total));
      byTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> summary.append(String.format("%5d  %s%n", e.getValue(), e.getKey())));
      Files.writeString(benchDir.resolve(profile + "-" + String.format("%02d", index) + ".txt"),
          summary + "\n" + text, StandardCharsets.UTF_8);
      Path summaries = benchDir.resolve(profile + "-summary.txt");
      Files.writeString(summaries, (index == 0 ? "" : Files.readString(summaries, StandardCharsets.UTF_8))
          + summary + "\n", StandardCharsets.UTF_8);
      return now;
    }

    private List<String> counter(String command) throws IOException {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), counterPort);
          PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
          BufferedReader in = new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
        out.println(command);
        return in.lines().toList();
      }
    }

    /**
     * Waits, on the database (no statement in the application), until the talk's asynchronous
     * continuations have run and the step's task exists: a person does not submit within
     * milliseconds of the job executor, and the per-task figures then hold only that task's work.
     */
    void awaitTask(String businessKey, Step step) throws SQLException, InterruptedException {
      awaitDatabase("select case when count(*) = 0 then 1 else 0 end from act_ru_job j"
          + " join act_ru_execution p on p.id_ = j.process_instance_id_"
          + " where p.business_key_ = ? and j.type_ <> 'timer'", businessKey, null, null);
      String sql = "select count(*) from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
          + " where p.business_key_ = ? and t.task_def_key_ = ? and "
          + (step.candidate() ? "t.assignee_ is null" : "t.assignee_ = ?");
      awaitDatabase(sql, businessKey, step.taskKey(), step.candidate() ? null : step.user());
    }

    /** Waits until the talk and everything it started under its business key have ended. */
    void awaitEnd(String businessKey) throws SQLException, InterruptedException {
      awaitDatabase("select count(*) from act_hi_procinst where business_key_ = ?"
          + " and proc_def_key_ = ? and end_time_ is not null", businessKey, side.processKey, null);
      awaitDatabase("select case when count(*) = 0 then 1 else 0 end from act_ru_execution"
          + " where business_key_ = ?", businessKey, null, null);
    }

    private void awaitDatabase(String sql, String a, String b, String c)
        throws SQLException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      try (PreparedStatement query = db.prepareStatement(sql)) {
        query.setString(1, a);
        if (b != null) {
          query.setString(2, b);
        }
        if (c != null) {
          query.setString(3, c);
        }
        while (true) {
          try (ResultSet result = query.executeQuery()) {
            result.next();
            if (result.getLong(1) > 0) {
              return;
            }
          }
          assertThat(System.nanoTime()).as(name + ": waited 30 s for " + sql + " " + a + " " + b)
              .isLessThan(deadline);
          Thread.sleep(20);
        }
      }
    }
  }

  private static final class Dump {
    final Map<String, Long> counts = new TreeMap<>();
    final Map<String, String> sql = new TreeMap<>();
  }

  // ---------------------------------------------------------------------------------------------
  // REST

  private record Response(String request, int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError(request + " did not answer JSON: " + body, e);
      }
    }

    List<JsonNode> list() {
      List<JsonNode> items = new ArrayList<>();
      json().forEach(items::add);
      return items;
    }
  }

  private record Rest(String base, String user, String password) {
    Response call(String method, String path, Object body, int expected) {
      Response response = send(method, path, body);
      assertThat(response.status()).as(user + ": " + response.request() + " → " + response.body())
          .isEqualTo(expected);
      return response;
    }

    int status(String path) {
      try {
        return send("GET", path, null).status();
      } catch (UncheckedIOException e) {
        return -1;
      }
    }

    private Response send(String method, String path, Object body) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
          request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
          request.header("Content-Type", "application/json").method(method,
              HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(method + " " + path, response.statusCode(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values, builds, databases, figures

  /** A list of strings as a JSON-serialized object value (as the application's lists are kept). */
  private static Map<String, Object> list(List<String> values) {
    try {
      return Map.of("value", JSON.writeValueAsString(values), "type", "Object", "valueInfo",
          Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> date(Instant instant) {
    return Map.of("value", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .format(instant.atZone(CHINA)), "type", "Date");
  }

  private static Instant endOfDay(LocalDate day) {
    return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), CHINA).toInstant();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Builds bench/{name} into this build directory when its jar is missing or older than a source. */
  private Path build(String name) throws IOException, InterruptedException {
    Path project = Path.of("bench", name).toAbsolutePath();
    Path output = buildDir.resolve(name);
    Path jar = output.resolve(name + ".jar");
    long newestSource;
    try (Stream<Path> files = Files.walk(project)) {
      newestSource = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified())
          .max().orElse(0);
    }
    if (Files.exists(jar) && jar.toFile().lastModified() >= newestSource) {
      return jar;
    }
    for (boolean offline : new boolean[] {true, false}) {
      List<String> command = new ArrayList<>(List.of("mvn", "-q", "-B"));
      if (offline) {
        command.add("-o");
      }
      command.addAll(List.of("-f", project.resolve("pom.xml").toString(), "package",
          "-Dbuild.dir=" + output));
      Process maven = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(new File(buildDir.toFile(), "bench-" + name + "-build.log")).start();
      if (maven.waitFor(10, TimeUnit.MINUTES) && maven.exitValue() == 0 && Files.exists(jar)) {
        return jar;
      }
    }
    throw new AssertionError("bench/" + name + " did not build, see "
        + buildDir.resolve("bench-" + name + "-build.log"));
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
  }

  private static void createDatabase(String name) throws SQLException {
    try (Connection admin = admin(); Statement sql = admin.createStatement()) {
      sql.execute("create database " + name + " template template0 encoding 'UTF8'");
    }
  }

  private static void dropDatabase(String name) throws SQLException {
    try (Connection admin = admin(); Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "(unknown)";
    }
  }

  private static double median(List<TalkFigures> talks,
      java.util.function.ToDoubleFunction<TalkFigures> figure) {
    return median(talks.stream().map(t -> figure.applyAsDouble(t)).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String figures(List<TalkFigures> talks,
      java.util.function.ToDoubleFunction<TalkFigures> figure) {
    return rounded(talks.stream().map(t -> figure.applyAsDouble(t)).toList());
  }

  private static String rounded(List<Double> values) {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
  }

  private static String statements(List<TalkFigures> talks) {
    return talks.stream().map(t -> Long.toString(t.statements)).toList().toString();
  }

  /** The printed table: figure, application, bare, ratio, target, met. */
  private static final class Table {
    private final List<String[]> rows = new ArrayList<>();

    void row(String figure, double app, double bare, String format, double target) {
      double ratio = app / bare;
      rows.add(new String[] {figure, String.format(Locale.ROOT, format, app),
          String.format(Locale.ROOT, format, bare), String.format(Locale.ROOT, "%.2f×", ratio),
          target > 0 ? String.format(Locale.ROOT, "≤ %.2f×", target) : "—",
          target > 0 ? (ratio <= target ? "达到" : "未达到") : "—"});
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(String.format("%-40s %10s %10s %8s %8s %s%n",
          "指标", "应用", "裸 Camunda", "比值", "目标", "是否达到"));
      rows.forEach(r -> out.append(String.format("%-40s %10s %10s %8s %8s %s%n", (Object[]) r)));
      return out.toString();
    }
  }
}
