package cn.supervisiontalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication for the application's own API (/api/*): HTTP basic against the Camunda identity
 * service, or the login of the Camunda webapps kept in the HTTP session. The person becomes the
 * engine's current authentication for the request, so everything the endpoint reads from the
 * engine is filtered by their authorizations; {@link ApiRules} decides who may call which path.
 * A session login changing data must send the webapps' CSRF token (header X-XSRF-TOKEN).
 * Missing login: 401 with a Chinese message and a basic challenge; not allowed: 403.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  /**
   * The one path open without a login: the password-change page's endpoint, where the old
   * password authenticates (security.password.PasswordChangeApi), e.g. after an expired password.
   */
  static final String PASSWORD_CHANGE = "/api/password";

  private final IdentityService identity;
  private final CommitteeGroups committeeGroups;

  public ApiAuthenticationFilter(IdentityService identity, CommitteeGroups committeeGroups) {
    this.identity = identity;
    this.committeeGroups = committeeGroups;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length())
        .equals(PASSWORD_CHANGE);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    ApiUser user;
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      user = basic(header.substring(6).trim());
      if (user == null) {
        JsonRefusal.unauthenticated(response, JsonRefusal.WRONG_PASSWORD);
        return;
      }
    } else {
      user = fromSession(request.getSession(false));
      if (user == null) {
        JsonRefusal.unauthenticated(response, JsonRefusal.NOT_LOGGED_IN);
        return;
      }
      if (changesData(request) && !csrfTokenMatches(request)) {
        JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "CsrfException",
            "请求缺少有效的防跨站令牌(X-XSRF-TOKEN),请刷新页面后重试。");
        return;
      }
    }
    ApiUser caller = new ApiUser(user.id(), user.groups(), committeeGroups.roles(user.groups()));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!ApiRules.allows(request.getMethod(), path, caller)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "您无权访问该内容。");
      return;
    }
    identity.setAuthentication(user.id(), user.groups(), committeeGroups.tenants(user.groups()));
    ApiUser.begin(caller);
    try {
      chain.doFilter(request, response);
    } finally {
      ApiUser.end();
      identity.clearAuthentication();
    }
  }

  private ApiUser basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return new ApiUser(userId, groups);
  }

  static ApiUser fromSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    if (!(authentication instanceof UserAuthentication login)) {
      return null;
    }
    List<String> groups = login.getGroupIds();
    return new ApiUser(login.getIdentityId(), groups == null ? List.of() : List.copyOf(groups));
  }

  private static boolean changesData(HttpServletRequest request) {
    return !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && Objects.equals(expected, sent);
  }
}
