package cn.supervisiontalk.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which committee a request to the application's API acts for: the caller's, among those where
 * they hold the role the endpoint is for. Most people work for one committee; someone who works
 * for several names it with the request parameter {@code committee}.
 */
@Component
public class CallerCommittee {

  private final CommitteeGroups committees;
  private final IdentityService identity;

  public CallerCommittee(CommitteeGroups committees, @Lazy IdentityService identity) {
    this.committees = committees;
    this.identity = identity;
  }

  /**
   * The committee the request acts for, for a caller in the role (any role when null): the one
   * named by the request parameter {@code committee} when the caller holds the role there, else
   * the only committee
   * where they hold it. A Camunda or system administrator acts for the named committee or the
   * first. A Chinese 403 for a caller without the role there, a 400 when they hold it in several
   * committees and named none.
   */
  public String of(String role) {
    return of(role == null ? null : List.of(role));
  }

  /** The committee the request acts for, for a caller in any of the roles (see above). */
  public String of(List<String> roleList) {
    ApiUser user = ApiUser.current(identity);
    String role = roleList == null ? null : String.join("、", roleList.stream()
        .map(r -> Roles.GROUPS.getOrDefault(r, r)).toList());
    String requested = requestedCommittee();
    if (user.inGroup(Roles.ADMIN) || user.inGroup(Roles.SYSTEM_ADMINISTRATOR)) {
      return requested != null ? known(requested) : committees.first().orElse(null);
    }
    Set<String> held = new LinkedHashSet<>();
    if (user.byCommittee()) {
      user.roles().forEach((committee, roles) -> {
        if (roleList == null || roleList.stream().anyMatch(roles::contains)) {
          held.add(committee);
        }
      });
    } else if (roleList == null || roleList.stream().anyMatch(user::inGroup)) {
      committees.first().ifPresent(held::add);
    }
    if (requested != null) {
      if (!held.contains(requested)) {
        throw ApiUser.forbidden("您不是" + committees.committeeName(requested) + "的"
            + (role == null ? "" : role) + "工作人员。");
      }
      return requested;
    }
    if (held.size() == 1) {
      return held.iterator().next();
    }
    if (held.isEmpty()) {
      throw ApiUser.forbidden("您不是任何党委(党组)的" + (role == null ? "" : role) + "工作人员。");
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "您在多个党委(党组)任职,请用参数 "
        + "committee 指明: " + String.join("、", held.stream()
            .map(c -> c + "(" + committees.committeeName(c) + ")").toList()));
  }

  private String known(String committeeId) {
    if (committees.all().stream().noneMatch(g -> g.committeeId().equals(committeeId))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "没有编号为“" + committeeId + "”的党委(党组)。");
    }
    return committeeId;
  }

  private static String requestedCommittee() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      String committee = request.getRequest().getParameter("committee");
      return committee == null || committee.isBlank() ? null : committee.trim();
    }
    return null;
  }
}
