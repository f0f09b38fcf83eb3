package cn.supervisiontalk.archive;

import cn.supervisiontalk.security.ApiUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reads which archived talk (articles 12 and 16): the office every talk, the talker the talks
 * held, the units (groups) a talk was copied to, and the talkee their own talk, without the
 * material the units supplied about them and the talker's preparation notes.
 */
final class ArchiveAccess {

  private ArchiveAccess() {
  }

  /** The record as this person may read it, or null when they may not read it at all. */
  static ArchiveRecord view(ArchiveRecord r, ApiUser user) {
    if (user.readsAllTalks() || user.id().equals(r.talkerId())
        || r.copiedTo().stream().anyMatch(user::inGroup)) {
      return r;
    }
    if (user.id().equals(r.talkeeId())) {
      return forTalkee(r);
    }
    return null;
  }

  static List<ArchiveRecord> visible(List<ArchiveRecord> records, ApiUser user) {
    return records.stream().map(r -> view(r, user)).filter(r -> r != null).toList();
  }

  private static ArchiveRecord forTalkee(ArchiveRecord r) {
    Map<String, Object> record = new LinkedHashMap<>(r.talkRecord());
    record.remove("preparationIssues");
    return new ArchiveRecord(r.talkId(), r.talkType(), r.organizationId(), r.organizationName(),
        r.talkeeId(), r.talkeeName(), r.talkerId(), r.talkerName(), r.plannedTalkDate(),
        r.talkDate(), r.attendees(), record, List.of(), r.reflections(), r.measures(),
        r.measuresDue(), r.measuresSubmittedAt(), r.results(), r.resultsDue(),
        r.resultsSubmittedAt(), r.outcome(), r.reviews(), r.missedDeadlines(), r.remark(),
        r.archivedBy(), r.archivedAt(), r.copiedTo());
  }
}
