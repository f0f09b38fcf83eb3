package cn.supervisiontalk.audit;

import static cn.supervisiontalk.audit.TrailAction.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which HTTP requests the trail records, as one table: method and path pattern to action, object
 * type and where the object's id is. The id is the path variable {@code id}, else the query
 * parameter or the field of the request body named in the route; the other path variables, and
 * for authorizations what they grant, go to the row's detail ({@code file=record.docx}). The engine's API is listed once and recorded under
 * both of its addresses, {@code /engine-rest} and Tasklist's and Cockpit's
 * {@code /camunda/api/engine/engine/default}. Requests not listed are not recorded (static
 * resources, Tasklist's lists and counts, the notices' unread count polled every minute).
 */
final class TrailRoutes {

  /** Where an object id is found besides the path variable {@code id}. */
  enum IdSource { PATH, QUERY, JSON_BODY, FORM_BODY }

  record Route(String method, PathPattern pattern, TrailAction action, String objectType,
      IdSource source, String idName, List<String> bodyDetail) {
  }

  /** A request matched: the route, the object's id taken from the path (if there) and the rest. */
  record Match(Route route, String pathId, Map<String, String> extras) {
  }

  static final List<String> ENGINE_ROOTS =
      List.of("/engine-rest", "/camunda/api/engine/engine/default");

  private static final PathPatternParser PARSER = new PathPatternParser();

  /** What an authorization grants, written to the row's detail from the request body. */
  private static final List<String> GRANT =
      List.of("type", "userId", "groupId", "resourceType", "resourceId", "permissions");

  private static final List<Route> ROUTES = Stream.of(
      // talk content in the engine: a task's form values and variables, instance and history variables
      engine("GET", "/task/{id}/form-variables", TASK_FORM_READ, "task"),
      engine("GET", "/task/{id}/variables/{*name}", TASK_VARIABLES_READ, "task"),
      engine("GET", "/task/{id}/localVariables/{*name}", TASK_VARIABLES_READ, "task"),
      engine("GET", "/process-instance/{id}/variables/{*name}", PROCESS_VARIABLES_READ, "process-instance"),
      engine("GET", "/execution/{id}/localVariables/{*name}", PROCESS_VARIABLES_READ, "execution"),
      query(engine("GET", "/variable-instance", PROCESS_VARIABLES_READ, "process-instance"), "processInstanceIdIn"),
      query(engine("POST", "/variable-instance", PROCESS_VARIABLES_READ, "process-instance"), "processInstanceIdIn"),
      engine("GET", "/variable-instance/{id}/{*data}", PROCESS_VARIABLES_READ, "variable-instance"),
      query(engine("GET", "/history/variable-instance", HISTORY_VARIABLES_READ, "process-instance"), "processInstanceId"),
      query(engine("POST", "/history/variable-instance", HISTORY_VARIABLES_READ, "process-instance"), "processInstanceId"),
      engine("GET", "/history/variable-instance/{id}/{*data}", HISTORY_VARIABLES_READ, "variable-instance"),
      query(engine("GET", "/history/detail", HISTORY_VARIABLES_READ, "process-instance"), "processInstanceId"),
      query(engine("POST", "/history/detail", HISTORY_VARIABLES_READ, "process-instance"), "processInstanceId"),
      engine("GET", "/history/detail/{id}/{*data}", HISTORY_VARIABLES_READ, "history-detail"),
      // starting a process, working on tasks
      engine("POST", "/process-definition/{id}/start", PROCESS_START, "process-definition"),
      engine("POST", "/process-definition/{id}/submit-form", PROCESS_START, "process-definition"),
      engine("POST", "/process-definition/key/{id}/start", PROCESS_START, "process-definition"),
      engine("POST", "/process-definition/key/{id}/submit-form", PROCESS_START, "process-definition"),
      engine("POST", "/process-definition/key/{id}/tenant-id/{tenant}/start", PROCESS_START, "process-definition"),
      engine("POST", "/process-definition/key/{id}/tenant-id/{tenant}/submit-form", PROCESS_START, "process-definition"),
      engine("POST", "/task/{id}/complete", TASK_COMPLETE, "task"),
      engine("POST", "/task/{id}/submit-form", TASK_COMPLETE, "task"),
      engine("POST", "/task/{id}/claim", TASK_CLAIM, "task"),
      engine("POST", "/task/{id}/unclaim", TASK_UNCLAIM, "task"),
      // authorizations, users, groups, memberships, tenants
      details(engine("POST", "/authorization/create", AUTHORIZATION_CREATE, "authorization"), GRANT),
      details(engine("PUT", "/authorization/{id}", AUTHORIZATION_UPDATE, "authorization"), GRANT),
      engine("DELETE", "/authorization/{id}", AUTHORIZATION_DELETE, "authorization"),
      body(engine("POST", "/user/create", USER_CREATE, "user"), "/profile/id"),
      engine("PUT", "/user/{id}/profile", USER_PROFILE, "user"),
      engine("PUT", "/user/{id}/credentials", USER_PASSWORD, "user"),
      engine("DELETE", "/user/{id}", USER_DELETE, "user"),
      body(engine("POST", "/group/create", GROUP_CREATE, "group"), "/id"),
      engine("PUT", "/group/{id}", GROUP_UPDATE, "group"),
      engine("DELETE", "/group/{id}", GROUP_DELETE, "group"),
      engine("PUT", "/group/{id}/members/{user}", MEMBERSHIP_ADD, "group"),
      engine("DELETE", "/group/{id}/members/{user}", MEMBERSHIP_REMOVE, "group"),
      body(engine("POST", "/tenant/create", TENANT_CREATE, "tenant"), "/id"),
      engine("PUT", "/tenant/{id}", TENANT_UPDATE, "tenant"),
      engine("DELETE", "/tenant/{id}", TENANT_DELETE, "tenant"),
      engine("PUT", "/tenant/{id}/user-members/{user}", TENANT_MEMBERSHIP_ADD, "tenant"),
      engine("DELETE", "/tenant/{id}/user-members/{user}", TENANT_MEMBERSHIP_REMOVE, "tenant"),
      engine("PUT", "/tenant/{id}/group-members/{group}", TENANT_MEMBERSHIP_ADD, "tenant"),
      engine("DELETE", "/tenant/{id}/group-members/{group}", TENANT_MEMBERSHIP_REMOVE, "tenant"),
      // the webapps' login and logout
      form(route("POST", "/camunda/api/admin/auth/user/default/login/{app}", LOGIN, "user"), "username"),
      route("POST", "/camunda/api/admin/auth/user/default/logout", LOGOUT, "user"),
      // the application's own API
      route("GET", "/api/ledger", LEDGER_LIST, "talk"),
      route("GET", "/api/ledger/{id}", LEDGER_TALK_READ, "talk"),
      route("GET", "/api/ledger.xlsx", LEDGER_EXPORT, "talk"),
      route("GET", "/api/archives", ARCHIVE_LIST, "talk"),
      route("GET", "/api/archives/{id}/{*part}", ARCHIVE_READ, "talk"),
      route("GET", "/api/copies", COPY_LIST, "talk"),
      route("GET", "/api/copies/{id}", COPY_READ, "talk"),
      route("GET", "/api/talks/{id}/attachments", ATTACHMENT_LIST, "talk"),
      route("POST", "/api/talks/{id}/notice", TALK_NOTICE_SEND, "talk"),
      route("GET", "/api/talks/{id}/{file}", DOCUMENT_DOWNLOAD, "talk"),
      route("GET", "/api/tasks/{id}/attachments", ATTACHMENT_LIST, "task"),
      route("POST", "/api/tasks/{id}/attachments", ATTACHMENT_UPLOAD, "task"),
      route("DELETE", "/api/tasks/{task}/attachments/{id}", ATTACHMENT_DELETE, "attachment"),
      route("GET", "/api/attachments/{id}", ATTACHMENT_DOWNLOAD, "attachment"),
      route("GET", "/api/reports/{id}", REPORT_READ, "report"),
      route("GET", "/api/plans/{id}/{*part}", PLAN_READ, "plan"),
      route("PUT", "/api/plans/{id}/draft", PLAN_DRAFT_SAVE, "plan"),
      route("GET", "/api/coverage", COVERAGE_READ, "organization"),
      route("GET", "/api/coverage/{id}", COVERAGE_READ, "organization"),
      route("GET", "/api/organizations", ORGANIZATION_READ, "organization"),
      route("GET", "/api/organizations/{id}/{*part}", ORGANIZATION_READ, "organization"),
      route("POST", "/api/organizations/{id}/terms", ORGANIZATION_TERM_CHANGE, "organization"),
      route("GET", "/api/committee/{*part}", COMMITTEE_READ, "committee"),
      route("POST", "/api/committee/terms", COMMITTEE_TERM_CREATE, "committee"),
      route("PUT", "/api/committee", COMMITTEE_NAME, "committee"),
      route("GET", "/api/committees", COMMITTEES_READ, "committee"),
      route("GET", "/api/committees/{id}/groups", COMMITTEES_READ, "committee"),
      route("POST", "/api/committees", COMMITTEE_CREATE, "committee"),
      route("POST", "/api/committees/{id}/leadership", COMMITTEE_LEADER_ADD, "committee"),
      route("POST", "/api/committees/{id}/organizations", COMMITTEE_ORGANIZATION_ADD, "committee"),
      route("GET", "/api/oversight", OVERSIGHT_READ, "committee"),
      route("GET", "/api/oversight/{id}/{*part}", OVERSIGHT_READ, "committee"),
      route("GET", "/api/notices", NOTICE_LIST, "notice"),
      route("POST", "/api/notices/{id}/read", NOTICE_MARK_READ, "notice"),
      route("POST", "/api/notices/read-all", NOTICE_MARK_READ, "notice"),
      route("GET", "/api/trail", TRAIL_READ, "access-trail"),
      route("GET", "/api/trail.csv", TRAIL_EXPORT, "access-trail"),
      route("GET", "/api/trail/verification", TRAIL_VERIFY, "access-trail"))
      .flatMap(List::stream).toList();

  private TrailRoutes() {
  }

  /** The route of the request, if it is one the trail records. */
  static Optional<Match> match(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (Route route : ROUTES) {
      if (!route.method().equals(method)) {
        continue;
      }
      PathPattern.PathMatchInfo info = route.pattern().matchAndExtract(container);
      if (info == null) {
        continue;
      }
      Map<String, String> variables = new LinkedHashMap<>(info.getUriVariables());
      String id = variables.remove("id");
      if ("count".equals(id)) {
        continue; // the engine's …/count endpoints return numbers, no content
      }
      variables.values().removeIf(value -> value == null || value.isEmpty() || value.equals("/"));
      variables.replaceAll((name, value) -> value.startsWith("/") ? value.substring(1) : value);
      return Optional.of(new Match(route, id, variables));
    }
    return Optional.empty();
  }

  static boolean readsBody(Route route) {
    return route.source() == IdSource.JSON_BODY || route.source() == IdSource.FORM_BODY
        || !route.bodyDetail().isEmpty();
  }

  private static List<Route> route(String method, String pattern, TrailAction action,
      String objectType) {
    return List.of(new Route(method, PARSER.parse(pattern), action, objectType, IdSource.PATH, null,
        List.of()));
  }

  private static List<Route> engine(String method, String pattern, TrailAction action,
      String objectType) {
    List<Route> routes = new ArrayList<>();
    ENGINE_ROOTS.forEach(root -> routes.addAll(route(method, root + pattern, action, objectType)));
    return routes;
  }

  private static List<Route> query(List<Route> routes, String parameter) {
    return from(routes, IdSource.QUERY, parameter);
  }

  private static List<Route> body(List<Route> routes, String jsonPointer) {
    return from(routes, IdSource.JSON_BODY, jsonPointer);
  }

  private static List<Route> form(List<Route> routes, String field) {
    return from(routes, IdSource.FORM_BODY, field);
  }

  private static List<Route> from(List<Route> routes, IdSource source, String name) {
    return routes.stream().map(r -> new Route(r.method(), r.pattern(), r.action(), r.objectType(),
        source, name, r.bodyDetail())).toList();
  }

  private static List<Route> details(List<Route> routes, List<String> bodyFields) {
    return routes.stream().map(r -> new Route(r.method(), r.pattern(), r.action(), r.objectType(),
        r.source(), r.idName(), bodyFields)).toList();
  }
}
