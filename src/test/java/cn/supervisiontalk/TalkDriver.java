package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Small steps of a talk over {@code /engine-rest}, each person as themself (the HTTP client of
 * {@link RegularTalkRestFlow}): start a talk, wait for a task, claim it, submit its form. Tasks are
 * looked up as the administrator (who sees them all) and worked on as their assignee or candidate.
 */
final class TalkDriver {

  static final String ADMIN = "admin";
  static final String OFFICE = "liuyang";
  static final String OFFICE_B = "huangjing";

  /** A member of each cooperating unit (seeds/organization.yaml). */
  static final Map<String, String> UNIT_MEMBERS = new LinkedHashMap<>();

  static {
    UNIT_MEMBERS.put("discipline", "zhenghua");
    UNIT_MEMBERS.put("organization", "xuming");
    UNIT_MEMBERS.put("propaganda", "majun");
    UNIT_MEMBERS.put("inspection", "zhuhong");
    UNIT_MEMBERS.put("audit", "hulin");
    UNIT_MEMBERS.put("dispatchedGroup", "hexin");
  }

  final Rest rest;
  final LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
  /** A few days ahead, within this year (a regular talk is planned for this year). */
  final LocalDate planned = today.plusDays(3).getYear() == today.getYear() ? today.plusDays(3) : today;

  TalkDriver(String baseUrl) {
    this.rest = new Rest(baseUrl);
  }

  Rest as(String user) {
    return rest.as(user);
  }

  // ---------------------------------------------------------------------------------------------
  // Starts

  /** The regular-talk start form's fields. */
  Map<String, Object> regularStart(String organization, String talker) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("talkerId", string(talker));
    variables.put("plannedTalkDate", string(planned.toString()));
    variables.put("planYear", Map.of("value", planned.getYear(), "type", "Integer"));
    // the probes start several talks with one top leader: each is a deliberate extra talk
    variables.put("additionalTalk", Map.of("value", true, "type", "Boolean"));
    return variables;
  }

  /** The timely-talk start form's fields. */
  Map<String, Object> timelyStart(String organization, String talker, String facts, String evidence,
      List<String> units) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("talkerId", string(talker));
    variables.put("trigger", string("INSPECTION_FINDINGS"));
    variables.put("facts", string(facts));
    variables.put("evidence", string(evidence));
    variables.put("plannedTalkDate", string(planned.toString()));
    variables.put("cooperatingUnits", json(units));
    return variables;
  }

  /** The talk-proposal start form's fields. */
  Map<String, Object> proposalStart(String organization, String reasons, String facts) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("trigger", string("INSPECTION_FINDINGS"));
    variables.put("reasons", string(reasons));
    variables.put("facts", string(facts));
    return variables;
  }

  /** Starts a process with its start form as the person; returns the instance id. */
  String start(String user, String key, Map<String, Object> variables) {
    String id = as(user).engine("POST", "/process-definition/key/" + key + "/submit-form",
        Map.of("variables", variables)).ok().json().path("id").asText();
    assertThat(id).as("id of the started " + key).isNotBlank();
    return id;
  }

  String startRegularTalk(String organization, String talker) {
    return start(OFFICE, "regularTalk", regularStart(organization, talker));
  }

  // ---------------------------------------------------------------------------------------------
  // Tasks

  /** The open tasks of a talk (and of the processes it called: they share its business key). */
  List<JsonNode> tasks(String talkId, String taskKey) {
    return as(ADMIN).engine("GET", "/task?processInstanceBusinessKey=" + enc(talkId)
        + (taskKey == null ? "" : "&taskDefinitionKey=" + enc(taskKey)), null).ok().list();
  }

  /** Waits (15 s at most) for the talk to have a task of this kind; returns the first. */
  JsonNode awaitTask(String talkId, String taskKey) {
    await("task " + taskKey + " of talk " + talkId).atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100)).until(() -> !tasks(talkId, taskKey).isEmpty());
    return tasks(talkId, taskKey).get(0);
  }

  /** Waits (15 s at most) for the talk to have this many tasks of this kind. */
  List<JsonNode> awaitTasks(String talkId, String taskKey, int count) {
    await(count + " tasks " + taskKey + " of talk " + talkId).atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100)).until(() -> tasks(talkId, taskKey).size() == count);
    return tasks(talkId, taskKey);
  }

  /** The task as the administrator reads it now, or null once it is gone. */
  JsonNode task(String taskId) {
    Response response = as(ADMIN).engine("GET", "/task/" + taskId, null);
    return response.status() == 200 ? response.json() : null;
  }

  String assignee(JsonNode task) {
    JsonNode now = task(task.path("id").asText());
    return now == null ? null : now.path("assignee").asText(null);
  }

  void claim(String user, JsonNode task) {
    as(user).engine("POST", "/task/" + task.path("id").asText() + "/claim", Map.of("userId", user))
        .expect(204);
  }

  /** The person submits the task's form; it must be accepted. */
  void submit(String user, JsonNode task, Map<String, Object> variables) {
    as(user).engine("POST", "/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", variables)).expect(204);
  }

  /** Submits the task as its assignee, claiming it first for {@code claimer} if nobody holds it. */
  void complete(JsonNode task, String claimer, Map<String, Object> variables) {
    String assignee = assignee(task);
    if (assignee == null) {
      claim(claimer, task);
      assignee = claimer;
    }
    submit(assignee, task, variables);
  }

  /**
   * Every unit asked for material supplies it (claim and submit), except the units listed in
   * {@code skip}; {@code material} gives each unit's text.
   */
  void provideMaterials(String talkId, Function<String, String> material, List<String> skip) {
    for (Map.Entry<String, String> unit : UNIT_MEMBERS.entrySet()) {
      if (skip.contains(unit.getKey())) {
        continue;
      }
      String member = unit.getValue();
      List<JsonNode> open = as(member).engine("GET", "/task?processInstanceBusinessKey=" + enc(talkId)
          + "&taskDefinitionKey=provideMaterial&candidateUser=" + member, null).ok().list();
      for (JsonNode task : open) {
        claim(member, task);
        submit(member, task, Map.of("material", string(material.apply(unit.getKey()))));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values as the forms submit them

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  /** A list as Camunda Forms submits it: a Json variable holding the serialized list. */
  static Map<String, Object> json(Object value) {
    try {
      return Map.of("value", Rest.JSON.writeValueAsString(value), "type", "Json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> bool(boolean value) {
    return Map.of("value", value, "type", "Boolean");
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A variable's text as a form receives it: a String, or a Json variable holding a JSON string. */
  static String text(JsonNode variable) {
    JsonNode value = variable.path("value");
    if (variable.path("type").asText().equals("Json") && value.isTextual()) {
      try {
        JsonNode parsed = Rest.JSON.readTree(value.asText());
        return parsed.isTextual() ? parsed.asText() : parsed.toString();
      } catch (JsonProcessingException notJson) {
        return value.asText();
      }
    }
    return value.isTextual() ? value.asText() : value.toString();
  }
}
