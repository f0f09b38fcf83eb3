package cn.supervisiontalk;

import cn.supervisiontalk.MarkedTalks.Stage;
import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one person can reach, fetched as that person, with the raw response bodies searched for
 * markers: the engine API under {@code /engine-rest} and as the webapps use it, Cockpit's plugin
 * API, and the app's archive and copies API.
 */
final class LeakProbe {

  /** Who is probing: user name, password and the role, as messages name it. */
  record Person(String user, String password, String role) {

    @Override
    public String toString() {
      return user + " (" + role + ")";
    }
  }

  enum Channel {
    ENGINE_REST("/engine-rest"),
    WEBAPP_ENGINE_API(WebappSession.ENGINE_API),
    COCKPIT_PLUGIN_API(WebappSession.COCKPIT_PLUGIN_API),
    APP_API("");

    final String prefix;

    Channel(String prefix) {
      this.prefix = prefix;
    }
  }

  /** One response: which markers its body contained. */
  record Observation(Stage stage, Person person, Channel channel, String request, int status,
      Set<Marker> seen) {
  }

  /** The engine's list resources, fetched without filters: everything the person may list. */
  static final List<String> LISTS = List.of("/task", "/process-instance", "/variable-instance",
      "/history/variable-instance", "/history/detail", "/history/task", "/history/process-instance",
      "/execution", "/history/user-operation");

  private static final List<String> TASK_VARIABLES = List.of("/variables", "/form-variables",
      "/localVariables");

  /** How a channel's engine API is called. */
  interface Api {
    Response call(String method, String path, Object body);
  }

  private final Stage stage;
  private final Map<String, String> instances;
  private final Map<String, String> definitions;
  private final String archivedTalk;

  /**
   * @param instances the process instances holding markers (id to label), whose variables are
   *     asked for directly whether or not the person can list them
   * @param definitions process definition ids to query Cockpit's plugin API with (id to key)
   * @param archivedTalk the talk whose archive is asked for
   */
  LeakProbe(Stage stage, Map<String, String> instances, Map<String, String> definitions,
      String archivedTalk) {
    this.stage = stage;
    this.instances = instances;
    this.definitions = definitions;
    this.archivedTalk = archivedTalk;
  }

  List<Observation> probe(Person person, Rest rest, WebappSession webapp) {
    List<Observation> seen = new ArrayList<>();
    Rest basic = rest.as(person.user(), person.password());
    engineApi(person, Channel.ENGINE_REST, basic::engine, seen);
    if (webapp.loggedIn()) {
      engineApi(person, Channel.WEBAPP_ENGINE_API, webapp::engine, seen);
      definitions.forEach((id, key) -> look(person, Channel.COCKPIT_PLUGIN_API,
          "POST /process-instance {processDefinitionId: " + key + "}",
          webapp.cockpit("POST", "/process-instance", Map.of("processDefinitionId", id)), seen));
    } else {
      seen.add(new Observation(stage, person, Channel.WEBAPP_ENGINE_API,
          "POST /camunda/api/admin/auth/user/default/login/tasklist", webapp.loginStatus(), Set.of()));
    }
    look(person, Channel.APP_API, "GET /api/archives", basic.get("/api/archives"), seen);
    look(person, Channel.APP_API, "GET /api/archives/{talkA}", basic.get("/api/archives/" + archivedTalk),
        seen);
    look(person, Channel.APP_API, "GET /api/copies", basic.get("/api/copies"), seen);
    look(person, Channel.APP_API, "GET /api/copies/{talkA}", basic.get("/api/copies/" + archivedTalk),
        seen);
    return seen;
  }

  private void engineApi(Person person, Channel channel, Api api, List<Observation> seen) {
    for (String list : LISTS) {
      Response response = api.call("GET", list, null);
      look(person, channel, "GET " + list, response, seen);
      if (list.equals("/task") && response.status() == 200) {
        for (JsonNode task : response.list()) {
          String id = task.path("id").asText();
          String label = "{" + task.path("taskDefinitionKey").asText() + "@"
              + instances.getOrDefault(task.path("processInstanceId").asText(), "other") + "}";
          for (String suffix : TASK_VARIABLES) {
            look(person, channel, "GET /task/" + label + suffix,
                api.call("GET", "/task/" + id + suffix, null), seen);
          }
        }
      }
    }
    instances.forEach((id, label) -> look(person, channel,
        "GET /process-instance/{" + label + "}/variables",
        api.call("GET", "/process-instance/" + id + "/variables", null), seen));
  }

  private void look(Person person, Channel channel, String request, Response response,
      List<Observation> seen) {
    Set<Marker> found = new LinkedHashSet<>();
    String body = response.body() == null ? "" : response.body();
    for (Marker marker : Marker.all()) {
      if (body.contains(marker.text())) {
        found.add(marker);
      }
    }
    String method = request.substring(0, request.indexOf(' ') + 1);
    seen.add(new Observation(stage, person, channel,
        method + channel.prefix + request.substring(method.length()), response.status(), found));
  }
}
