package cn.supervisiontalk.security;

import cn.supervisiontalk.security.RecentBasicLogins.Login;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP basic authentication for /engine-rest (users and passwords of the Camunda
 * identity service), answering a missing or wrong login with a Chinese message. A successful login
 * is remembered briefly with its groups and tenants ({@link RecentBasicLogins}). Camunda's
 * {@code ProcessEngineAuthenticationFilter} sets the 401 status before calling this, so the body
 * can be written here.
 */
public class EngineRestAuthentication extends HttpBasicAuthenticationProvider {

  private final RecentBasicLogins recent;

  public EngineRestAuthentication(RecentBasicLogins recent) {
    this.recent = recent;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    BasicCredentials credentials = BasicCredentials.parse(request.getHeader("Authorization"));
    if (credentials == null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    Login login = recent.find(credentials.userId(), credentials.password());
    if (login != null) {
      return authenticated(login.userId(), login.groups(), login.tenants());
    }
    long checkedAt = recent.generation();
    AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
    if (result.isAuthenticated()) {
      IdentityService identity = engine.getIdentityService();
      String userId = result.getAuthenticatedUser();
      List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).toList();
      List<String> tenants = identity.createTenantQuery().userMember(userId)
          .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
      recent.remember(credentials.userId(), credentials.password(), groups, tenants, checkedAt);
      return authenticated(userId, groups, tenants);
    }
    return result;
  }

  private static AuthenticationResult authenticated(String userId, List<String> groups,
      List<String> tenants) {
    AuthenticationResult result = AuthenticationResult.successful(userId);
    result.setGroups(groups);
    result.setTenants(tenants);
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
      ProcessEngine engine) {
    try {
      JsonRefusal.unauthenticated(response, JsonRefusal.NOT_LOGGED_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
