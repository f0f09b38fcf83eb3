package cn.supervisiontalk.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The person calling the application's own API (/api/**), as authenticated by
 * {@link ApiAuthenticationFilter} for the request: their Camunda groups and the roles these hold
 * in each committee ({@link CommitteeGroups}). The role checks ({@link #inGroup},
 * {@link #readsAllTalks}) ask about any committee; about one talk, ask {@link #within} the talk's
 * committee, so that the office of one committee reads none of another's talks.
 */
public record ApiUser(String id, List<String> groups, Map<String, Set<String>> roles) {

  private static final ThreadLocal<ApiUser> REQUEST = new ThreadLocal<>();

  /** A person known by groups only: each group id is taken as the role of the same name. */
  public ApiUser(String id, List<String> groups) {
    this(id, groups, Map.of());
  }

  /** The caller of the current request; 401 outside an authenticated request. */
  public static ApiUser current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, JsonRefusal.NOT_LOGGED_IN);
    }
    ApiUser known = REQUEST.get();
    if (known != null && known.id().equals(authentication.getUserId())) {
      return known;
    }
    List<String> groups = authentication.getGroupIds();
    return new ApiUser(authentication.getUserId(), groups == null ? List.of() : List.copyOf(groups));
  }

  /** The request's caller, for {@link #current} while the request runs. */
  static void begin(ApiUser user) {
    REQUEST.set(user);
  }

  static void end() {
    REQUEST.remove();
  }

  /** In the group, or holding the role of that name in any committee. */
  public boolean inGroup(String group) {
    return groups.contains(group) || roles.values().stream().anyMatch(r -> r.contains(group));
  }

  /** The office reads every talk of its committee; the administrator manages the whole system. */
  public boolean readsAllTalks() {
    return inGroup(Roles.OFFICE) || inGroup(Roles.ADMIN);
  }

  /**
   * The person as one committee sees them: their roles there as their groups (a Camunda
   * administrator stays one). A person known by groups only is taken as they are.
   */
  public ApiUser within(String committeeId) {
    if (roles.isEmpty() || committeeId == null) {
      return this;
    }
    Set<String> held = new LinkedHashSet<>(roles.getOrDefault(committeeId, Set.of()));
    if (groups.contains(Roles.ADMIN)) {
      held.add(Roles.ADMIN);
    }
    return new ApiUser(id, List.copyOf(held), Map.of(committeeId, Set.copyOf(held)));
  }

  /** The committees in which the person holds the role; empty when known by groups only. */
  public Set<String> committeesWhere(String role) {
    Set<String> committees = new LinkedHashSet<>();
    roles.forEach((committee, held) -> {
      if (held.contains(role)) {
        committees.add(committee);
      }
    });
    return committees;
  }

  /** Whether the person's roles are known by committee (not by group ids only). */
  public boolean byCommittee() {
    return !roles.isEmpty();
  }

  /** 403 with the given Chinese reason. */
  public static ResponseStatusException forbidden(String reason) {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
  }
}
