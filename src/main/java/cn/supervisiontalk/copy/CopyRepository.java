package cn.supervisiontalk.copy;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copies of the talks' parts (article 12), in the application's own tables, kept for good: each
 * part as it was copied ({@code talk_copy}, the content as JSON text) and the units it went to, with
 * who of each unit read it and when ({@code talk_copy_recipient}). Written in the engine's
 * transaction by the steps of processes/talk-copy.bpmn; never read from the engine's history.
 */
@Repository
public class CopyRepository {

  /** One part of one talk as copied: its content is JSON text. */
  public record TalkCopy(String id, String talkId, String part, String content,
      OffsetDateTime copiedAt) {
  }

  /** One copy as one unit received it. */
  public record Received(String copyId, String talkId, String part, String content,
      OffsetDateTime copiedAt, String recipientGroup, String readBy, OffsetDateTime readAt) {
  }

  private static final String RECEIVED_COLUMNS = """
      select c.id as copy_id, c.talk_id, c.part, c.content, c.copied_at, r.recipient_group,
        r.read_by, r.read_at
      from talk_copy c join talk_copy_recipient r on r.copy_id = c.id""";

  /** The order the parts come into existence in, for copies made at the same moment. */
  private static final String PART_ORDER =
      "case c.part when 'TALK_RECORD' then 1 when 'MEASURES' then 2 else 3 end";

  private final JdbcClient jdbc;
  /** The content is encrypted when a key is set. */
  private final ConfidentialText text;
  private final RowMapper<TalkCopy> copies;
  private final RowMapper<Received> received;

  public CopyRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.copies = text.rows(TalkCopy.class);
    this.received = text.rows(Received.class);
  }

  /** A part copied to these units, none of whom has read it yet. */
  public void insert(TalkCopy copy, List<String> recipientGroups) {
    jdbc.sql("insert into talk_copy (id, talk_id, part, content, copied_at) values (?, ?, ?, ?, ?)")
        .params(copy.id(), copy.talkId(), copy.part(), text.seal(copy.content()), copy.copiedAt())
        .update();
    for (String group : recipientGroups) {
      jdbc.sql("insert into talk_copy_recipient (copy_id, recipient_group) values (?, ?)")
          .params(copy.id(), group).update();
    }
  }

  public Optional<TalkCopy> find(String copyId) {
    return jdbc.sql("select id, talk_id, part, content, copied_at from talk_copy where id = ?")
        .param(copyId).query(copies).optional();
  }

  /** A member of the unit has read the copy: the first reading is the one kept. */
  public void read(String copyId, String recipientGroup, String readBy, OffsetDateTime readAt) {
    jdbc.sql("""
        update talk_copy_recipient set read_by = ?, read_at = ?
        where copy_id = ? and recipient_group = ? and read_at is null""")
        .params(readBy, readAt, copyId, recipientGroup).update();
  }

  /** The copies these units received, the latest first. */
  public List<Received> receivedBy(Collection<String> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(RECEIVED_COLUMNS + " where r.recipient_group in (:groups)"
        + " order by c.copied_at desc, " + PART_ORDER + " desc, c.talk_id, r.recipient_group")
        .param("groups", groups).query(received).list();
  }

  /** Every copy made, the latest first: for the office. */
  public List<Received> all() {
    return jdbc.sql(RECEIVED_COLUMNS + " order by c.copied_at desc, " + PART_ORDER
        + " desc, c.talk_id, r.recipient_group")
        .query(received).list();
  }

  /** The copies of one talk, in the order they were made. */
  public List<Received> ofTalk(String talkId) {
    return jdbc.sql(RECEIVED_COLUMNS + " where c.talk_id = ?"
        + " order by c.copied_at, " + PART_ORDER + ", c.id, r.recipient_group")
        .param(talkId).query(received).list();
  }
}
