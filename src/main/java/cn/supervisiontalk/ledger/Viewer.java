package cn.supervisiontalk.ledger;

import cn.supervisiontalk.security.ApiUser;
import java.util.List;

/**
 * The signed-in person the ledger is shown to: their id and groups, and whether they read every
 * talk of the committee (the office; the administrator, as for the archive, see
 * {@link ApiUser#readsAllTalks()}).
 */
public record Viewer(String id, List<String> groups, boolean readsAll) {

  public static Viewer of(ApiUser user) {
    return new Viewer(user.id(), user.groups(), user.readsAllTalks());
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }
}
