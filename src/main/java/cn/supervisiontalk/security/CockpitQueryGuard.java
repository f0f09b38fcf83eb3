package cn.supervisiontalk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's own query API (/camunda/api/cockpit/*) is for those Cockpit is for: the process owners
 * and the administrators. Its instance queries accept filters by variable value, which would let a
 * caller guess a value they may not read; such a filter is refused to anyone who does not read every
 * talk of the committee (the office, the administrators), as on the engine's own API.
 */
public class CockpitQueryGuard extends OncePerRequestFilter {

  private final CommitteeGroups committeeGroups;

  public CockpitQueryGuard(CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
  }

  static final String NO_COCKPIT = "流程监控只向流程负责人和系统管理员开放。";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUERY_BYTES = 1 << 20;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getRequestURI().contains("/static/")) {
      chain.doFilter(request, response); // the plugins' scripts and styles, loaded with the login page
      return;
    }
    ApiUser login = ApiAuthenticationFilter.fromSession(request.getSession(false));
    if (login == null) {
      JsonRefusal.unauthenticated(response, JsonRefusal.NOT_LOGGED_IN);
      return;
    }
    // the roles the person's groups hold in each committee (a county's process owner is one too)
    ApiUser user = new ApiUser(login.id(), login.groups(), committeeGroups.roles(login.groups()));
    if (!user.inGroup(Roles.PROCESS_OWNER) && !user.inGroup(Roles.ADMIN)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", NO_COCKPIT);
      return;
    }
    if (!"POST".equals(request.getMethod()) || user.readsAllTalks()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
    if (filtersByVariableValue(body)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          SubmissionGate.NO_VARIABLE_FILTER);
      return;
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  private static boolean filtersByVariableValue(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      JsonNode query = JSON.readTree(body);
      return query.path("variables").size() > 0 || query.path("processVariables").size() > 0;
    } catch (IOException e) {
      return false; // not JSON: Cockpit's API refuses it itself
    }
  }
}
