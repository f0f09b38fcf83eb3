package cn.supervisiontalk.attachment;

import cn.supervisiontalk.security.ApiUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides a person's {@link Readership} of a talk from the application's own tables, with the
 * rules of ledger.LedgerAccess and archive.ArchiveAccess: the talk's talker and talkee (talk),
 * the parts copied to the person's units (talk_copy with talk_copy_recipient; archive_copy copies
 * the record, measures and results).
 */
@Component
class Readerships {

  private static final Map<String, AttachmentPart> COPIED = Map.of(
      "TALK_RECORD", AttachmentPart.TALK_RECORD,
      "MEASURES", AttachmentPart.MEASURES,
      "RESULTS", AttachmentPart.RESULTS);

  private final JdbcClient jdbc;

  Readerships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person in the capacity they have in the committee holding the talk. */
  ApiUser within(ApiUser user, String talkId) {
    return user.within(jdbc.sql("select committee_id from talk where id = :talk")
        .param("talk", talkId).query(String.class).optional().orElse(null));
  }

  /**
   * The person's readership of the talk; empty when there is no such talk. The person is taken
   * as {@link #within} the talk's committee.
   */
  Optional<Readership> of(ApiUser user, String talkId) {
    Optional<String[]> parties = jdbc.sql("select talker_id, talkee_id from talk where id = :talk")
        .param("talk", talkId)
        .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    boolean full = user.readsAllTalks() || user.id().equals(parties.get()[0]);
    boolean talkee = user.id().equals(parties.get()[1]);
    Set<AttachmentPart> copied = EnumSet.noneOf(AttachmentPart.class);
    if (!full && !talkee && !user.groups().isEmpty()) {
      List<String> parts = jdbc.sql("""
          select c.part from talk_copy c join talk_copy_recipient r on r.copy_id = c.id
          where c.talk_id = :talk and r.recipient_group in (:groups)""")
          .param("talk", talkId).param("groups", user.groups()).query(String.class).list();
      parts.stream().map(COPIED::get).filter(p -> p != null).forEach(copied::add);
      boolean archived = jdbc.sql("""
          select count(*) from archive_copy where talk_id = :talk and recipient_group in (:groups)""")
          .param("talk", talkId).param("groups", user.groups()).query(Integer.class).single() > 0;
      if (archived) {
        copied.addAll(COPIED.values());
      }
    }
    return Optional.of(new Readership(full, talkee, copied));
  }
}
