package cn.supervisiontalk.archive;

import cn.supervisiontalk.security.ApiUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reads which archived talk (articles 12 and 16): the office every talk, the talker the talks
 * held; the talkee their own talk, without the material the units supplied about them and the
 * talker's preparation notes; the units a talk was copied to the record of the talk, the measures,
 * results and reviews, with their own material only: not the talker's notes, the talkee's
 * self-inspection report, a timely talk's facts and evidence, or other units' material.
 */
final class ArchiveAccess {

  private static final List<String> NOT_FOR_TALKEE = List.of("preparationIssues");
  private static final List<String> NOT_FOR_UNITS =
      List.of("preparationIssues", "selfInspectionReport", "facts", "evidence");

  private ArchiveAccess() {
  }

  /** The record as this person may read it, or null when they may not read it at all. */
  static ArchiveRecord view(ArchiveRecord r, ApiUser user) {
    if (user.readsAllTalks() || user.id().equals(r.parties().talkerId())) {
      return r;
    }
    if (user.id().equals(r.parties().talkeeId())) {
      return r.withParts(without(r.content().talkRecord(), NOT_FOR_TALKEE), List.of());
    }
    List<String> units = r.archiving().copiedTo().stream().filter(user::inGroup).toList();
    return units.isEmpty() ? null : forUnits(r, units);
  }

  /** The copy the units receive. */
  static ArchiveRecord forUnits(ArchiveRecord r, List<String> units) {
    return r.withParts(without(r.content().talkRecord(), NOT_FOR_UNITS), r.content().materials().stream()
        .filter(m -> units.contains(String.valueOf(m.get("unit")))).toList());
  }

  private static Map<String, Object> without(Map<String, Object> record, List<String> parts) {
    Map<String, Object> kept = new LinkedHashMap<>(record);
    parts.forEach(kept::remove);
    return kept;
  }
}
