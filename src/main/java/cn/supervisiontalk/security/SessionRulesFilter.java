package cn.supervisiontalk.security;

import cn.supervisiontalk.security.session.LoginSessions;
import cn.supervisiontalk.security.settings.SecuritySettings;
import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session rules ({@link LoginSessions}) on every request of the webapps (/camunda/*) and the
 * application's own API (/api/*), before any login is read from the session. A session that has
 * ended (idle too long, or replaced by a newer login of the person) is invalidated; a call of an
 * API answers 401 with the Chinese reason, a page or the webapps' login status goes on without
 * the login, so the webapps show their login. After the request, a login it made is recorded,
 * which with 「一人一处登录」 ends the person's earlier session. Tasklist's automatic refresh keeps
 * the session but is no activity: an open Tasklist left alone still ends.
 */
public class SessionRulesFilter extends OncePerRequestFilter {

  private static final Pattern AUTOMATIC_REFRESH = Pattern.compile(
      "/camunda/api/engine/engine/[^/]+/(task/[^/]+|filter/[^/]+/(list|count))");

  private final SecuritySettingsStore settings;
  private final LoginSessions sessions;

  public SessionRulesFilter(SecuritySettingsStore settings, LoginSessions sessions) {
    this.settings = settings;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    SecuritySettings current = settings.current();
    HttpSession session = request.getSession(false);
    ApiUser user = ApiAuthenticationFilter.fromSession(session);
    if (user != null) {
      String ended = sessions.check(session, user.id(), current, !isAutomaticRefresh(request));
      if (ended != null && isApiCall(request)) {
        JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, "SessionExpiredException",
            ended);
        return;
      }
    }
    chain.doFilter(request, response);
    HttpSession after = request.getSession(false);
    ApiUser loggedIn = ApiAuthenticationFilter.fromSession(after);
    if (loggedIn != null && !sessions.knows(after, loggedIn.id())) {
      sessions.loggedIn(after, loggedIn.id(), current.singleLogin());
    }
  }

  /**
   * Tasklist's own refresh every 10 seconds, which is no sign of the person: the open task
   * checked ({@code GET task/{id}}), a filter's task list and count.
   */
  static boolean isAutomaticRefresh(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return AUTOMATIC_REFRESH.matcher(path).matches()
        && (request.getMethod().equals("GET") || path.endsWith("/list"));
  }

  /** The APIs answer 401; the webapps' pages and their login status endpoint do not. */
  private static boolean isApiCall(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/")
        || path.startsWith("/camunda/api/") && !path.startsWith("/camunda/api/admin/auth/");
  }
}
