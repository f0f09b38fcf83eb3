package cn.supervisiontalk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Who called the engine's REST API in a request the engine has already answered: the webapps'
 * login kept in the session, or the HTTP basic user the engine's filter checked. For work done
 * after the engine's own filter has let go of the person (it clears the engine's authentication
 * when it is done), such as filling a form's pickers with what this person may pick.
 */
public final class EngineCaller {

  private EngineCaller() {
  }

  /** The caller's id; null when the request carries no login. */
  public static String userId(HttpServletRequest request) {
    ApiUser session = ApiAuthenticationFilter.fromSession(request.getSession(false));
    if (session != null) {
      return session.id();
    }
    BasicCredentials basic = BasicCredentials.parse(request.getHeader("Authorization"));
    return basic == null ? null : basic.userId();
  }

  /**
   * Runs the work as the caller: their groups, and the committees those hold a role in as the
   * tenants (as {@link ApiAuthenticationFilter} sets them for the application's API).
   */
  public static <T> T runAs(HttpServletRequest request, IdentityService identity,
      CommitteeGroups committees, java.util.function.Supplier<T> work) {
    String userId = userId(request);
    if (userId == null) {
      return work.get();
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identity.setAuthentication(userId, groups, committees.tenants(groups));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
