package cn.supervisiontalk.ledger;

import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in person the ledger is shown to: their id and groups, whether they read every talk
 * (the office; the administrator, as for the archive, see {@link ApiUser#readsAllTalks()}), and
 * their roles by committee. About one talk the ledger asks the viewer {@link #within} the talk's
 * committee, whose roles are then the groups.
 */
public record Viewer(String id, List<String> groups, boolean readsAll,
    Map<String, Set<String>> roles) {

  public static Viewer of(ApiUser user) {
    return new Viewer(user.id(), user.groups(), user.readsAllTalks(), user.roles());
  }

  /** The viewer as the talk's committee knows them (as they are when known by groups only). */
  Viewer within(String committeeId) {
    return of(new ApiUser(id, groups, roles).within(committeeId));
  }

  /** Whether a Camunda administrator: reads every talk of every committee. */
  boolean admin() {
    return groups.contains(Roles.ADMIN);
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }
}
