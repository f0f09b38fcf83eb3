package cn.supervisiontalk.ledger;

import cn.supervisiontalk.organization.Directory;
import java.util.HashMap;
import java.util.Map;

/**
 * People's and units' names as people read them, looked up once per request however often a page
 * names them. Not shared between requests: a renamed person reads right on the next one.
 */
final class Names {

  private final Directory directory;
  private final Map<String, String> users = new HashMap<>();
  private final Map<String, String> groups = new HashMap<>();

  Names(Directory directory) {
    this.directory = directory;
  }

  /** The person's name; empty for nobody. */
  String user(String userId) {
    return userId == null ? "" : users.computeIfAbsent(userId, directory::userName);
  }

  /** The unit's (group's) name. */
  String group(String groupId) {
    return groupId == null ? "" : groups.computeIfAbsent(groupId, directory::groupName);
  }
}
