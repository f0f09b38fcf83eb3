package cn.supervisiontalk;

import static cn.supervisiontalk.TalkDriver.ADMIN;
import static cn.supervisiontalk.TalkDriver.OFFICE;
import static cn.supervisiontalk.TalkDriver.OFFICE_B;
import static cn.supervisiontalk.TalkDriver.enc;
import static cn.supervisiontalk.TalkDriver.json;
import static cn.supervisiontalk.TalkDriver.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.LeakProbe.Channel;
import cn.supervisiontalk.LeakProbe.Observation;
import cn.supervisiontalk.LeakProbe.Person;
import cn.supervisiontalk.MarkedTalks.Stage;
import cn.supervisiontalk.RegularTalkRestFlow.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Article 16 probed from the outside, as issue 9 asks: marker text in every confidential field of a
 * regular talk, a timely talk and a talk proposal ({@link MarkedTalks}); at each {@link Stage} every
 * role fetches everything it can reach ({@link LeakProbe}) and no marker may appear where the role
 * table of README.md says it must not. Then: submissions carry only their form's fields, users
 * cannot write variables directly, variable filters are no oracle, and long text is kept whole.
 *
 * <p>Runs on H2 ({@link ConfidentialityIT}) and PostgreSQL ({@link ConfidentialityPostgresIT}). The
 * marker scenario is driven once per test class, on first use, and its observations shared by the
 * leak tests; every other test drives a talk of its own, each for a different organization.
 */
abstract class ConfidentialityProbes {

  static final String TALKEE = MarkedTalks.TALKEE;
  static final String TALKER = MarkedTalks.TALKER;
  /** A member of the committee's leadership who is not the talker: told nothing of talk A. */
  static final String OTHER_LEADER = "zhaomin";
  /** A member of the talkee's own team (青山县委, article 11): reads the first-responsibility measures. */
  static final String TEAM_MEMBER = MarkedTalks.TALKEE_TEAM.get(0);
  /** A process owner who is nothing else (in the seeds 刘洋 is process owner and office). */
  static final String OWNER = "qinfeng";
  static final String OWNER_PASSWORD = "owner-only-1";
  /** Units that get a copy of an archive without being picked: discipline and organization. */
  static final List<String> COPIED_UNITS = List.of("discipline", "organization");

  static final List<Person> PEOPLE = List.of(
      new Person(TALKEE, "demo", "talkee"),
      new Person(TALKER, "demo", "talker"),
      new Person("zhenghua", "demo", "discipline"),
      new Person("xuming", "demo", "organization"),
      new Person("majun", "demo", "propaganda"),
      new Person("zhuhong", "demo", "inspection, proposer"),
      new Person("hulin", "demo", "audit"),
      new Person(OTHER_LEADER, "demo", "other leadership member of the committee"),
      new Person(TEAM_MEMBER, "demo", "member of the talkee's own team"),
      new Person(OWNER, OWNER_PASSWORD, "process owner"),
      new Person(OFFICE, "demo", "office and process owner"));

  /** The marker scenario's results, per test class (so per application and database). */
  private static final Map<Class<?>, Probed> PROBED = new ConcurrentHashMap<>();

  @LocalServerPort
  private int port;

  private TalkDriver steps;
  private final Map<String, WebappSession> sessions = new HashMap<>();

  // ===============================================================================================
  // 1-2. Markers where the role table says they must not be

  @Test
  void engineRestShowsEachRoleOnlyWhatItMayRead() {
    assertNoLeaks(Channel.ENGINE_REST);
  }

  @Test
  void tasklistEngineApiShowsEachRoleOnlyWhatItMayRead() {
    assertNoLeaks(Channel.WEBAPP_ENGINE_API);
  }

  @Test
  void cockpitPluginApiShowsEachRoleOnlyWhatItMayRead() {
    assertNoLeaks(Channel.COCKPIT_PLUGIN_API);
  }

  @Test
  void archivesShowEachRoleOnlyWhatItMayRead() {
    Probed probed = probed();
    // the markers really were stored: the office reads them in the archive
    Set<Marker> officeReads = probed.observations.stream()
        .filter(o -> o.channel() == Channel.APP_API && o.person().user().equals(OFFICE)
            && o.stage() == Stage.ENDED)
        .flatMap(o -> o.seen().stream()).collect(Collectors.toSet());
    assertThat(officeReads).as("the office reads talk A's archive with its markers (control)")
        .contains(Marker.SELF, Marker.PREP_ISSUES, Marker.MAT.get("audit"), Marker.MEAS_FIRST);
    assertNoLeaks(Channel.APP_API);
  }

  /** Which markers a person may see at a stage: README's role table, talk by talk. */
  static Set<Marker> allowed(Person person, Stage stage) {
    Set<Marker> allowed = new LinkedHashSet<>();
    String user = person.user();
    if (user.equals(OFFICE)) {
      allowed.addAll(Marker.all());
    } else if (user.equals(TALKER)) {
      allowed.addAll(Marker.talkA()); // his own talk, the units' material included
    } else if (user.equals(TALKEE)) {
      // his task forms and his archive: neither the talker's notes nor the units' material
      allowed.add(Marker.SELF);
      allowed.addAll(Marker.RECORD);
      allowed.addAll(Marker.RECTIFICATION);
    } else if (user.equals(OTHER_LEADER)) {
      // article 11: the talkee informs his own team, not the committee's leadership
    } else if (user.equals(TEAM_MEMBER)) {
      if (stage.compareTo(Stage.MEASURES_ACCEPTED) >= 0) {
        allowed.add(Marker.MEAS_FIRST); // 知悉第一责任人职责整改措施
      }
    } else if (!user.equals(OWNER)) {
      String unit = TalkDriver.UNIT_MEMBERS.entrySet().stream()
          .filter(e -> e.getValue().equals(user)).findFirst().orElseThrow().getKey();
      allowed.add(Marker.MAT.get(unit));
      if (Marker.T_MAT.containsKey(unit)) {
        allowed.add(Marker.T_MAT.get(unit));
      }
      if (user.equals(MarkedTalks.PROPOSER)) {
        allowed.addAll(Marker.PROPOSAL);
      }
      if (COPIED_UNITS.contains(unit) && stage.compareTo(Stage.TALK_HELD) >= 0) {
        // article 12: each part copied to the unit as it comes into existence (talk-copy.bpmn)
        allowed.addAll(Marker.RECORD);
      }
      if (COPIED_UNITS.contains(unit) && stage.compareTo(Stage.MEASURES_ACCEPTED) >= 0) {
        allowed.addAll(List.of(Marker.REFLECT, Marker.MEAS_FIRST, Marker.MEAS_OTHER));
      }
      if (COPIED_UNITS.contains(unit) && stage.compareTo(Stage.ARCHIVING) >= 0) {
        // the results as reviewed, and the archive copied to the unit: the record, measures,
        // results and reviews
        allowed.addAll(Marker.RECORD);
        allowed.addAll(Marker.RECTIFICATION);
      }
    }
    return allowed;
  }

  private void assertNoLeaks(Channel channel) {
    Probed probed = probed();
    List<Observation> observations = probed.observations.stream()
        .filter(o -> o.channel() == channel).toList();
    assertThat(observations).as("responses probed on " + channel
        + (probed.failure == null ? "" : "; the scenario stopped early: " + probed.failure)).isNotEmpty();

    // person + request -> markers seen that must not be, and at which stages
    Map<String, Set<String>> markers = new TreeMap<>();
    Map<String, Set<Stage>> stages = new TreeMap<>();
    for (Observation o : observations) {
      Set<Marker> forbidden = new LinkedHashSet<>(o.seen());
      forbidden.removeAll(allowed(o.person(), o.stage()));
      if (!forbidden.isEmpty()) {
        String where = String.format("%-38s saw at %s", o.person(), o.request());
        markers.computeIfAbsent(where, k -> new TreeSet<>())
            .addAll(forbidden.stream().map(Marker::code).toList());
        stages.computeIfAbsent(where, k -> new TreeSet<>()).add(o.stage());
      }
    }
    List<String> leaks = new ArrayList<>();
    markers.forEach((where, codes) -> leaks.add(where + ": " + codes + " " + stages.get(where)));
    if (probed.failure != null) {
      leaks.add("(the marker scenario stopped early, later stages were not probed: " + probed.failure + ")");
    }
    assertThat(leaks).as("markers (MARK-<code>-" + Marker.RUN + ") seen on " + channel
        + " by someone who may not read them, [stages]").isEmpty();
  }

  // ===============================================================================================
  // 3. Submissions carry exactly their form's fields

  /** The ways a task is completed. */
  enum TaskPath {
    ENGINE_REST_COMPLETE, ENGINE_REST_SUBMIT_FORM, TASKLIST_SUBMIT_FORM
  }

  /**
   * One talk per path, so that a path that wrongly accepts a submission (and so completes the task)
   * does not keep the others from being tried. Each task kind gets its own dangerous extra field;
   * three units try the three kinds of extra (server-set name, unknown name, Java object).
   */
  @ParameterizedTest
  @EnumSource(TaskPath.class)
  void taskSubmissionsCarryOnlyTheirFormsFields(TaskPath path) {
    List<String> findings = new ArrayList<>();
    String talkee = "linxiaoyan";
    String talk = steps().startRegularTalk("donghu", "lijianguo");

    JsonNode self = steps().awaitTask(talk, "selfInspection");
    Map<String, Object> report = Map.of("selfInspectionReport", string("对照规定开展了自查。"));
    refused(findings, path, talk, self, talkee, report, "talkerId", string(talkee));
    finish(self, talkee, report);

    JsonNode prepare = steps().awaitTask(talk, "prepareTalk");
    Map<String, Object> notes = Map.of("preparationMaterials", string("《工作办法》"),
        "preparationIssues", string("主体责任落实不够到位"));
    refused(findings, path, talk, prepare, TALKER, notes, "talkeeId", string(OTHER_LEADER));
    finish(prepare, TALKER, notes);

    Map<String, Object> supplied = Map.of("material", string("有关情况"));
    Map<String, Map<String, Object>> extras = new LinkedHashMap<>();
    extras.put("zhenghua talkerId", string("zhenghua"));
    extras.put("xuming noSuchField", string("任意内容"));
    extras.put("majun materialNote", javaSerialized());
    extras.forEach((memberAndName, value) -> {
      String member = memberAndName.split(" ")[0];
      JsonNode material = steps().as(member).engine("GET", "/task?processInstanceBusinessKey="
          + enc(talk) + "&candidateUser=" + member, null).ok().list().get(0);
      steps().claim(member, material);
      refused(findings, path, talk, material, member, supplied, memberAndName.split(" ")[1], value);
      finish(material, member, supplied);
    });
    steps().provideMaterials(talk, unit -> "有关情况", List.of());

    JsonNode hold = nextTask(findings, talk, "holdTalk");
    expectAssignee(findings, hold, TALKER);
    Map<String, Object> record = talkRecord();
    refused(findings, path, talk, hold, steps().assignee(hold), record, "measuresDue", date("2099-12-31"));
    finish(hold, steps().assignee(hold), record);

    LocalDate talkDay = steps().today;
    JsonNode measures = nextTask(findings, talk, "submitMeasures");
    expectAssignee(findings, measures, talkee);
    expectDue(findings, measures, RegularTalkRestFlow.endOfDay(talkDay.plusMonths(1)));
    Map<String, Object> measured = Map.of("reflections", string("深刻反思"),
        "firstResponsibilityMeasures", string("每季度专题研究"), "otherMeasures", string("逐项销号"));
    refused(findings, path, talk, measures, steps().assignee(measures), measured, "resultsDue",
        date("2099-12-31"));
    finish(measures, steps().assignee(measures), measured);

    JsonNode review = nextTask(findings, talk, "reviewMeasures");
    steps().claim(OFFICE_B, review);
    Map<String, Object> accept = Map.of("measuresDecision", string("ACCEPT"));
    refused(findings, path, talk, review, OFFICE_B, accept, "outcome", string("RECTIFIED"));
    finish(review, OFFICE_B, accept);

    JsonNode results = nextTask(findings, talk, "submitResults");
    expectAssignee(findings, results, talkee);
    expectDue(findings, results, RegularTalkRestFlow.endOfDay(talkDay.plusMonths(3)));
    refused(findings, path, talk, results, steps().assignee(results),
        Map.of("results", string("已完成")), "measuresDue", date("2099-12-31"));

    JsonNode inform = nextTask(findings, talk, "informTeam");
    expectAssignee(findings, inform, talkee);
    Map<String, Object> informed = Map.of("informedOn", string(talkDay.toString()),
        "informedHow", string("TEAM_MEETING"));
    refused(findings, path, talk, inform, talkee, informed, "members", string("[\"zhaomin\"]"));
    finish(inform, talkee, informed);

    JsonNode acknowledge = nextTask(findings, talk, "acknowledgeMeasures");
    refused(findings, path, talk, acknowledge, steps().assignee(acknowledge),
        Map.of("acknowledged", TalkDriver.bool(true)), "talkerId", string(steps().assignee(acknowledge)));

    assertThat(findings).as("submissions with a field their form does not declare").isEmpty();
  }

  /**
   * Sends the task's valid fields plus one undeclared variable on the path: it must answer 400 with
   * a Chinese message and leave the task and the talk exactly as they were.
   */
  private void refused(List<String> findings, TaskPath path, String talk, JsonNode task, String user,
      Map<String, Object> valid, String extraName, Map<String, Object> extraValue) {
    String id = task.path("id").asText();
    Map<String, Object> variables = new LinkedHashMap<>(valid);
    variables.put(extraName, extraValue);
    String what = String.format("%s by %s on %s with %s (%s)", task.path("taskDefinitionKey").asText(),
        user, path, extraName, extraValue.get("type"));
    Map<String, String> before = state(talk);
    Map<String, Object> body = Map.of("variables", variables);
    Response response = switch (path) {
      case ENGINE_REST_COMPLETE -> steps().as(user).engine("POST", "/task/" + id + "/complete", body);
      case ENGINE_REST_SUBMIT_FORM -> steps().as(user).engine("POST", "/task/" + id + "/submit-form", body);
      case TASKLIST_SUBMIT_FORM -> webapp(user).engine("POST", "/task/" + id + "/submit-form", body);
    };
    refusedInChinese(findings, what, response);
    if (steps().task(id) == null) {
      findings.add(what + ": the task was completed");
    }
    changes(findings, what, before, state(talk));
  }

  /**
   * The talk's next task of this kind; when it does not come (an accepted submission may have sent
   * the talk elsewhere), the test ends here with what was found so far.
   */
  private JsonNode nextTask(List<String> findings, String talk, String taskKey) {
    try {
      return steps().awaitTask(talk, taskKey);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      findings.add("the talk never reached " + taskKey + "; open tasks: " + steps().tasks(talk, null).stream()
          .map(t -> t.path("taskDefinitionKey").asText() + "→" + t.path("assignee").asText()).toList());
      assertThat(findings).as("submissions with a field their form does not declare").isEmpty();
      throw e;
    }
  }

  /** Completes the task with its valid fields, if the probes left it open. */
  private void finish(JsonNode task, String user, Map<String, Object> valid) {
    if (steps().task(task.path("id").asText()) != null) {
      steps().submit(user, task, valid);
    }
  }

  private void expectAssignee(List<String> findings, JsonNode task, String expected) {
    String actual = steps().assignee(task);
    if (!expected.equals(actual)) {
      findings.add(task.path("taskDefinitionKey").asText() + " went to " + actual + " instead of "
          + expected);
    }
  }

  private void expectDue(List<String> findings, JsonNode task, Instant expected) {
    JsonNode now = steps().task(task.path("id").asText());
    String due = now == null ? "" : now.path("due").asText("");
    Instant actual = due.isEmpty() ? null
        : OffsetDateTime.parse(due, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    if (!expected.equals(actual)) {
      findings.add(task.path("taskDefinitionKey").asText() + " is due " + actual + " instead of " + expected);
    }
  }

  /** The engine paths that start a process. */
  enum StartPath {
    ENGINE_REST_START, ENGINE_REST_SUBMIT_FORM, TASKLIST_SUBMIT_FORM
  }

  @Test
  void processStartsCarryOnlyTheirFormsFields() {
    List<String> findings = new ArrayList<>();
    String organization = "renminyiyuan";
    Map<String, Object> regular = steps().regularStart(organization, TALKER);
    refusedStarts(findings, OFFICE_B, "regularTalk", regular, "initiator", string("zhuhong"));
    refusedStarts(findings, OFFICE_B, "regularTalk", regular, "noSuchField", string("任意内容"));
    refusedStarts(findings, OFFICE_B, "regularTalk", regular, "planNote", javaSerialized());
    refusedStarts(findings, OFFICE, "timelyTalk", steps().timelyStart(organization, TALKER,
        "巡察反馈问题", "巡察报告", List.of("discipline")), "initiator", string("zhuhong"));
    Map<String, Object> proposal = steps().proposalStart(organization, "问题突出", "巡察反馈问题");
    refusedStarts(findings, "xuming", "talkProposal", proposal, "initiator", string("zhuhong"));
    refusedStarts(findings, "xuming", "talkProposal", proposal, "proposerId", string("zhuhong"));
    assertThat(findings).as("process starts with a field the start form does not declare").isEmpty();
  }

  private void refusedStarts(List<String> findings, String user, String key, Map<String, Object> valid,
      String extraName, Map<String, Object> extraValue) {
    Map<String, Object> variables = new LinkedHashMap<>(valid);
    variables.put(extraName, extraValue);
    for (StartPath path : StartPath.values()) {
      String what = String.format("start of %s by %s on %s with %s (%s)", key, user, path, extraName,
          extraValue.get("type"));
      long before = instanceCount(key);
      Map<String, Object> body = Map.of("variables", variables);
      Response response = switch (path) {
        case ENGINE_REST_START -> steps().as(user).engine("POST",
            "/process-definition/key/" + key + "/start", body);
        case ENGINE_REST_SUBMIT_FORM -> steps().as(user).engine("POST",
            "/process-definition/key/" + key + "/submit-form", body);
        case TASKLIST_SUBMIT_FORM -> webapp(user).engine("POST",
            "/process-definition/key/" + key + "/submit-form", body);
      };
      refusedInChinese(findings, what, response);
      long after = instanceCount(key);
      if (after != before) {
        findings.add(what + ": started a process (" + before + " -> " + after + " instances)");
      }
    }
  }

  private long instanceCount(String key) {
    return steps().as(ADMIN).engine("GET", "/history/process-instance/count?processDefinitionKey=" + key,
        null).ok().json().path("count").asLong();
  }

  // ===============================================================================================
  // 3b. No direct variable writes

  @Test
  void usersCannotWriteVariablesDirectly() {
    List<String> findings = new ArrayList<>();
    String talkee = "xiedong";
    String talk = steps().startRegularTalk("fagaiwei", "lijianguo");
    String task = steps().awaitTask(talk, "selfInspection").path("id").asText();
    Map<String, Object> forged = Map.of("value", talkee, "type", "String");
    Map<String, Object> modifications = Map.of("modifications", Map.of("talkerId", forged));
    Map<String, Object> message = Map.of("messageName", "talkerChanged", "processInstanceId", talk,
        "processVariables", Map.of("talkerId", forged));
    Map<String, String> before = state(talk);

    Map<String, Response> attempts = new LinkedHashMap<>();
    for (String user : List.of(talkee, TALKER, OFFICE_B)) {
      attempts.put(user + ": PUT /engine-rest/process-instance/{talk}/variables/talkerId",
          steps().as(user).engine("PUT", "/process-instance/" + talk + "/variables/talkerId", forged));
      attempts.put(user + ": POST /engine-rest/process-instance/{talk}/variables",
          steps().as(user).engine("POST", "/process-instance/" + talk + "/variables", modifications));
      attempts.put(user + ": POST /engine-rest/message with processVariables",
          steps().as(user).engine("POST", "/message", message));
      attempts.put(user + ": DELETE /engine-rest/process-instance/{talk}/variables/talkerId",
          steps().as(user).engine("DELETE", "/process-instance/" + talk + "/variables/talkerId", null));
    }
    attempts.put(talkee + ": POST /engine-rest/task/{selfInspection}/variables",
        steps().as(talkee).engine("POST", "/task/" + task + "/variables", modifications));
    attempts.put(talkee + ": PUT /engine-rest/task/{selfInspection}/variables/talkerId",
        steps().as(talkee).engine("PUT", "/task/" + task + "/variables/talkerId", forged));
    attempts.put(talkee + ": PUT /engine-rest/task/{selfInspection}/localVariables/talkerId",
        steps().as(talkee).engine("PUT", "/task/" + task + "/localVariables/talkerId", forged));
    attempts.put(talkee + ": POST /engine-rest/execution/{talk}/localVariables",
        steps().as(talkee).engine("POST", "/execution/" + talk + "/localVariables", modifications));
    attempts.put(talkee + ": PUT " + WebappSession.ENGINE_API + "/process-instance/{talk}/variables/talkerId",
        webapp(talkee).engine("PUT", "/process-instance/" + talk + "/variables/talkerId", forged));
    attempts.put(talkee + ": POST " + WebappSession.ENGINE_API + "/task/{selfInspection}/variables",
        webapp(talkee).engine("POST", "/task/" + task + "/variables", modifications));

    attempts.forEach((what, response) -> {
      if (response.status() < 400 || response.status() >= 500) {
        findings.add(what + " answered HTTP " + response.status() + " " + abbreviate(response.body()));
      }
    });
    changes(findings, "after the direct writes", before, state(talk));
    if (steps().task(task) == null) {
      findings.add("the talkee's self-inspection task is gone after the direct writes");
    }
    assertThat(findings).as("direct variable writes must be refused (4xx) and change nothing").isEmpty();
  }

  // ===============================================================================================
  // 4. Variable filters are no oracle

  @Test
  void variableFiltersCannotRevealWhatTheCallerMayNotRead() {
    Probed probed = probed();
    assertThat(probed.oracle).as("oracle probes ran"
        + (probed.failure == null ? "" : "; the scenario stopped early: " + probed.failure)).isNotEmpty();
    List<String> oracles = probed.oracle.stream().filter(OracleReading::distinguishes)
        .map(OracleReading::toString).toList();
    assertThat(oracles).as("filters on preparationIssues that tell the real marker's prefix from a "
        + "wrong one, for callers who may not read it").isEmpty();
  }

  /** The same filter with a prefix of the real value and with a wrong prefix. */
  record OracleReading(Person person, String request, int hitStatus, long hitCount, int missStatus,
      long missCount) {

    boolean distinguishes() {
      boolean bothRefused = hitStatus >= 400 && hitStatus < 500 && missStatus >= 400 && missStatus < 500;
      return !bothRefused && (hitStatus != missStatus || hitCount != missCount);
    }

    @Override
    public String toString() {
      return String.format("%s at %s: real prefix -> HTTP %d count %d, wrong prefix -> HTTP %d count %d",
          person, request, hitStatus, hitCount, missStatus, missCount);
    }
  }

  private List<OracleReading> oracle(Person person, String regularTalkDefinition) {
    String real = Marker.PREP_ISSUES.text().substring(0, Marker.PREP_ISSUES.text().length() - 2);
    String wrong = "MARK-PREP-ISSUES-xq";
    List<OracleReading> readings = new ArrayList<>();
    WebappSession webapp = webapp(person);
    for (String query : List.of("/process-instance/count?variables=", "/history/process-instance/count?variables=",
        "/task/count?processVariables=", "/execution/count?processVariables=",
        "/variable-instance/count?variableValues=")) {
      for (Channel channel : List.of(Channel.ENGINE_REST, Channel.WEBAPP_ENGINE_API)) {
        LeakProbe.Api api = channel == Channel.ENGINE_REST
            ? steps().rest.as(person.user(), person.password())::engine : webapp::engine;
        Response hit = api.call("GET", query + enc("preparationIssues_like_%" + real + "%"), null);
        Response miss = api.call("GET", query + enc("preparationIssues_like_%" + wrong + "%"), null);
        readings.add(new OracleReading(person, "GET " + channel.prefix + query
            + "preparationIssues_like_%…%", hit.status(), count(hit), miss.status(), count(miss)));
      }
    }
    Response hit = webapp.cockpit("POST", "/process-instance/count",
        cockpitQuery(regularTalkDefinition, "%" + real + "%"));
    Response miss = webapp.cockpit("POST", "/process-instance/count",
        cockpitQuery(regularTalkDefinition, "%" + wrong + "%"));
    readings.add(new OracleReading(person, "POST " + WebappSession.COCKPIT_PLUGIN_API
        + "/process-instance/count {variables: preparationIssues like %…%}",
        hit.status(), count(hit), miss.status(), count(miss)));
    return readings;
  }

  private static Map<String, Object> cockpitQuery(String definitionId, String like) {
    return Map.of("processDefinitionId", definitionId,
        "variables", List.of(Map.of("name", "preparationIssues", "operator", "like", "value", like)));
  }

  private static long count(Response response) {
    return response.status() == 200 ? response.json().path("count").asLong(-1) : -1;
  }

  // ===============================================================================================
  // 5. Long text

  @Test
  void twentyThousandCharacterReportIsKeptWhole() {
    String talkee = "hanxue";
    String report = longChinese(20_000);
    String talk = steps().startRegularTalk("jiaoyuju", "lijianguo");
    Response submitted = steps().as(talkee).engine("POST", "/task/"
        + steps().awaitTask(talk, "selfInspection").path("id").asText() + "/submit-form",
        Map.of("variables", Map.of("selfInspectionReport", string(report))));
    assertThat(submitted.status()).as("a 20,000-character self-inspection report submitted by "
        + talkee + " → " + abbreviate(submitted.body())).isEqualTo(204);

    steps().submit(TALKER, steps().awaitTask(talk, "prepareTalk"), Map.of(
        "preparationMaterials", string("《工作办法》"), "preparationIssues", string("主体责任落实不够到位")));
    steps().provideMaterials(talk, unit -> "有关情况", List.of());
    String hold = steps().awaitTask(talk, "holdTalk").path("id").asText();

    Map<String, Response> views = new LinkedHashMap<>();
    views.put("GET /engine-rest/task/{holdTalk}/form-variables",
        steps().as(TALKER).engine("GET", "/task/" + hold + "/form-variables", null));
    views.put("GET " + WebappSession.ENGINE_API + "/task/{holdTalk}/form-variables",
        webapp(TALKER).engine("GET", "/task/" + hold + "/form-variables", null));
    views.forEach((what, response) -> {
      assertThat(response.status()).as(TALKER + " " + what).isEqualTo(200);
      JsonNode variable = response.json().path("selfInspectionReport");
      assertThat(variable.isMissingNode()).as(what + " has selfInspectionReport").isFalse();
      String shown = TalkDriver.text(variable);
      assertThat(shown.length()).as("length of the report at " + what).isEqualTo(report.length());
      assertThat(shown.equals(report)).as("the report at " + what + " is the one submitted").isTrue();
    });
  }

  private static String longChinese(int length) {
    String sentence = "对照《工作办法》逐条自查,认真查找履行全面从严治党第一责任人职责方面存在的问题。";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(sentence);
    }
    text.setLength(length);
    return text.toString();
  }

  // ===============================================================================================
  // The marker scenario, probed at each stage

  private static final class Probed {
    final List<Observation> observations = new ArrayList<>();
    final List<OracleReading> oracle = new ArrayList<>();
    Throwable failure;
  }

  private Probed probed() {
    return PROBED.computeIfAbsent(getClass(), c -> probeMarkedTalks());
  }

  private Probed probeMarkedTalks() {
    Probed probed = new Probed();
    try {
      createProcessOwner();
      Map<String, String> definitions = new LinkedHashMap<>();
      for (String key : List.of("regularTalk", "timelyTalk", "talkProposal", "rectification")) {
        definitions.put(steps().as(ADMIN).engine("GET", "/process-definition/key/" + key, null).ok()
            .json().path("id").asText(), key);
      }
      MarkedTalks talks = new MarkedTalks(steps());
      talks.run(stage -> {
        LeakProbe probe = new LeakProbe(stage, talks.instances(), definitions, talks.talkA);
        for (Person person : PEOPLE) {
          probed.observations.addAll(probe.probe(person, steps().rest, webapp(person)));
        }
        if (stage == Stage.PREPARING) {
          String regularTalk = definitions.entrySet().stream()
              .filter(e -> e.getValue().equals("regularTalk")).findFirst().orElseThrow().getKey();
          for (Person person : PEOPLE) {
            if (person.user().equals(OWNER) || person.user().equals(TALKEE)
                || person.user().equals("hulin")) {
              probed.oracle.addAll(oracle(person, regularTalk));
            }
          }
        }
      });
    } catch (RuntimeException | AssertionError e) {
      probed.failure = e;
    }
    return probed;
  }

  private void createProcessOwner() {
    steps().as(ADMIN).engine("POST", "/user/create", Map.of(
        "profile", Map.of("id", OWNER, "firstName", "秦风", "lastName", "流程负责人"),
        "credentials", Map.of("password", OWNER_PASSWORD))).expect(204);
    steps().as(ADMIN).engine("PUT", "/group/processOwner/members/" + OWNER, null).expect(204);
  }

  // ===============================================================================================
  // Helpers

  private TalkDriver steps() {
    if (steps == null) {
      steps = new TalkDriver(base());
    }
    return steps;
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private WebappSession webapp(String user) {
    return webapp(new Person(user, user.equals(OWNER) ? OWNER_PASSWORD : "demo", ""));
  }

  private WebappSession webapp(Person person) {
    return sessions.computeIfAbsent(person.user(),
        user -> WebappSession.tasklist(base(), user, person.password()));
  }

  /** Refused input: HTTP 400 with a message in Chinese. */
  private static void refusedInChinese(List<String> findings, String what, Response response) {
    if (response.status() != 400) {
      findings.add(what + ": answered HTTP " + response.status() + " " + abbreviate(response.body()));
      return;
    }
    String message = response.json().path("message").asText("");
    boolean chinese = message.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    if (!chinese) {
      findings.add(what + ": refused, but not in Chinese: " + abbreviate(message));
    }
  }

  /**
   * What an administrator sees of the talk and the processes it called: every variable and every
   * open task with its assignee and due date.
   */
  private Map<String, String> state(String talk) {
    Map<String, String> state = new TreeMap<>();
    List<String> instances = new ArrayList<>();
    steps().as(ADMIN).engine("GET", "/process-instance?businessKey=" + enc(talk), null).ok().list()
        .forEach(i -> instances.add(i.path("id").asText()));
    if (!instances.isEmpty()) {
      for (JsonNode v : steps().as(ADMIN).engine("GET", "/variable-instance?deserializeValues=false"
          + "&processInstanceIdIn=" + String.join(",", instances), null).ok().list()) {
        String scope = v.path("processInstanceId").asText().equals(talk) ? "talk" : "called process";
        state.put("variable " + v.path("name").asText() + " (" + scope + ")",
            v.path("type").asText() + ":" + v.path("value"));
      }
    }
    for (JsonNode task : steps().tasks(talk, null)) {
      state.put("task " + task.path("taskDefinitionKey").asText() + " " + task.path("id").asText(),
          "assignee " + task.path("assignee").asText() + ", due " + task.path("due").asText());
    }
    return state;
  }

  private static void changes(List<String> findings, String what, Map<String, String> before,
      Map<String, String> after) {
    Set<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String key : keys) {
      String was = before.get(key);
      String is = after.get(key);
      if (was == null ? is != null : !was.equals(is)) {
        changed.add(key + ": " + abbreviate(String.valueOf(was)) + " -> " + abbreviate(String.valueOf(is)));
      }
    }
    if (!changed.isEmpty()) {
      findings.add(what + ": the talk changed: " + changed);
    }
  }

  private static Map<String, Object> talkRecord() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", string(LocalDate.now(RegularTalkRestFlow.CHINA).toString()));
    record.put("attendees", string("刘洋(市委办公室)"));
    record.put("selfInspectionHeard", string("报告了自查情况"));
    record.put("problems", string("主体责任落实不到位"));
    record.put("explanation", string("作了说明"));
    record.put("requirements", string("一个月内报送整改措施"));
    record.put("commitment", string("坚决整改"));
    return record;
  }

  /** A Date variable as the REST API takes it: end of the day in China time. */
  private static Map<String, Object> date(String day) {
    return Map.of("value", day + "T23:59:59.000+0800", "type", "Date");
  }

  /** An Object variable in Java serialization (the string "evil"), as an attacker would send it. */
  private static Map<String, Object> javaSerialized() {
    return Map.of("value", "rO0ABXQABGV2aWw=", "type", "Object", "valueInfo", Map.of(
        "objectTypeName", "java.lang.String",
        "serializationDataFormat", "application/x-java-serialized-object"));
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
  }
}
