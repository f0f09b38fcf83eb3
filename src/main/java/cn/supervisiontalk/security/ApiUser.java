package cn.supervisiontalk.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The person calling the application's own API (/api/**), as authenticated by
 * {@link ApiAuthenticationFilter} for the request.
 */
public record ApiUser(String id, List<String> groups) {

  /** The caller of the current request; 401 outside an authenticated request. */
  public static ApiUser current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, JsonRefusal.NOT_LOGGED_IN);
    }
    List<String> groups = authentication.getGroupIds();
    return new ApiUser(authentication.getUserId(), groups == null ? List.of() : List.copyOf(groups));
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  /** The office reads every talk of its committee; the administrator manages the whole system. */
  public boolean readsAllTalks() {
    return inGroup(Roles.OFFICE) || inGroup(Roles.ADMIN);
  }

  /** 403 with the given Chinese reason. */
  public static ResponseStatusException forbidden(String reason) {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
  }
}
