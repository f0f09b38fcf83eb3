package cn.supervisiontalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the login of a request is known, keeps two rules of 三员分立 at the door:
 * <ul>
 *   <li>camunda-admin members are refused once the three administrators are set up in production
 *       ({@link SetupAdministrator}): on the webapps' login form (the password is checked first, so
 *       only the owner of the account learns it), on /engine-rest and /api (HTTP basic, already
 *       checked by the filters before this one) and on a webapp session begun before;</li>
 *   <li>the three administrators reach only their part of the engine and webapp APIs
 *       ({@link AdministratorPaths}); the application's own API decides for itself
 *       ({@link ApiRules}).</li>
 * </ul>
 * Registered after Camunda's /engine-rest authentication and {@link ApiAuthenticationFilter}, whose
 * signed-in person it reads from the identity service; /camunda/api reads the webapps' session.
 */
public class AdministratorBoundary extends OncePerRequestFilter {

  private final IdentityService identity;
  private final SetupAdministrator setup;

  public AdministratorBoundary(IdentityService identity, SetupAdministrator setup) {
    this.identity = identity;
    this.setup = setup;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    LoginForm login = LoginForm.of(request);
    if (login != null) {
      if (setup.refusesUser(login.username()) && identity.checkPassword(login.username(), login.password())) {
        refuse(response, SetupAdministrator.REFUSAL);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = groups(request, path);
    if (groups != null && !path.startsWith(LoginForm.AUTH_PATH)) {
      if (setup.refuses(groups)) {
        refuse(response, SetupAdministrator.REFUSAL);
        return;
      }
      if (AdministratorPaths.administrator(groups) && !path.startsWith("/api/")
          && !AdministratorPaths.allows(path, groups)) {
        refuse(response, AdministratorPaths.REFUSAL);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The groups of the signed-in person, or null. */
  private List<String> groups(HttpServletRequest request, String path) {
    if (path.startsWith("/camunda/api/")) {
      ApiUser user = ApiAuthenticationFilter.fromSession(request.getSession(false));
      return user == null ? null : user.groups();
    }
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", message);
  }
}
