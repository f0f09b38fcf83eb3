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
  private final String committeeId;
  private final Map<String, String> users = new HashMap<>();
  private final Map<String, String> groups = new HashMap<>();

  Names(Directory directory) {
    this(directory, null);
  }

  private Names(Directory directory, String committeeId) {
    this.directory = directory;
    this.committeeId = committeeId;
  }

  /** The names as one talk reads them: a unit by its role is the talk's committee's unit. */
  Names in(String talkCommitteeId) {
    return new Names(directory, talkCommitteeId);
  }

  /** The person's name; empty for nobody. */
  String user(String userId) {
    return userId == null ? "" : users.computeIfAbsent(userId, directory::userName);
  }

  /** The unit's (group's, or in a talk's committee the role's) name. */
  String group(String groupId) {
    return groupId == null ? "" : groups.computeIfAbsent(groupId,
        id -> directory.unitName(committeeId, id));
  }
}
