package cn.supervisiontalk.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which engine and webapp API paths the three administrators may call at all: their own part of
 * the Admin webapp (users, groups, tenants, authorizations), never Cockpit, Tasklist or an engine
 * resource holding talks (process instances, tasks, variables, history ...). The engine's
 * authorizations decide within these paths; outside them the answer is a Chinese 403 whatever the
 * engine would say. Paths are relative to the context path: {@code /engine-rest/...} and
 * {@code /camunda/api/...}.
 */
final class AdministratorPaths {

  static final String REFUSAL = "三员分立: 系统管理员、安全管理员和安全审计员不能查看或办理谈话"
      + "(流程、任务、变量、历史、任务列表、驾驶舱)。";

  private static final Set<String> ANY_ADMINISTRATOR = Set.of("", "version", "authorization/check");

  /** Engine resources (first path segment) per role. */
  private static final Map<String, Set<String>> RESOURCES = Map.of(
      Roles.SYSTEM_ADMINISTRATOR, Set.of("user", "group", "tenant", "identity"),
      Roles.SECURITY_ADMINISTRATOR, Set.of("user", "group", "tenant", "identity", "authorization"),
      Roles.AUDITOR, Set.of());

  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/";

  private AdministratorPaths() {
  }

  static boolean administrator(Collection<String> groups) {
    return groups.stream().anyMatch(Roles.ADMINISTRATORS::containsKey);
  }

  /** Whether a person in {@code groups}, one of them an administrator role, may call {@code path}. */
  static boolean allows(String path, Collection<String> groups) {
    if (path.startsWith("/camunda/api/admin/") || path.startsWith("/camunda/api/welcome/")) {
      return true; // login, logout, the Admin and Welcome webapps' own plugins
    }
    String resource = engineResource(path);
    if (resource == null) {
      return false; // Cockpit's and Tasklist's APIs
    }
    if (ANY_ADMINISTRATOR.contains(resource) || resource.startsWith("authorization/check")) {
      return true;
    }
    String first = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
    return groups.stream().map(RESOURCES::get).anyMatch(r -> r != null && r.contains(first));
  }

  /** The path under the engine, e.g. {@code user/liuyang}; "" for the list of engines; null if none. */
  static String engineResource(String path) {
    String rest;
    if (path.equals(ENGINE_REST) || path.startsWith(ENGINE_REST + "/")) {
      rest = path.substring(ENGINE_REST.length());
      if (rest.startsWith("/engine/") && !rest.equals("/engine/")) {
        rest = afterEngineName(rest.substring("/engine/".length()));
      } else if (rest.equals("/engine") || rest.equals("/engine/")) {
        rest = "";
      }
    } else if (path.startsWith(WEBAPP_ENGINE)) {
      String named = path.substring(WEBAPP_ENGINE.length());
      rest = named.isEmpty() ? "" : afterEngineName(named);
    } else {
      return null;
    }
    while (rest.startsWith("/")) {
      rest = rest.substring(1);
    }
    return rest;
  }

  private static String afterEngineName(String named) {
    int slash = named.indexOf('/');
    return slash < 0 ? "" : named.substring(slash);
  }
}
