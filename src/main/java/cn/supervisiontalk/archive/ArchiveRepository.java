package cn.supervisiontalk.archive;

import cn.supervisiontalk.archive.ArchiveRecord.Archiving;
import cn.supervisiontalk.archive.ArchiveRecord.Content;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.crypto.ConfidentialText;
import cn.supervisiontalk.validation.JsonValues;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archive of talks, in the application's own tables, kept for good. The parties and dates are
 * mapped by their column names; the talk record, materials, measures and reviews are kept as JSON
 * text, the missed deadlines as a comma-separated list, the copies in their own table.
 */
@Repository
public class ArchiveRepository {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
  private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() { };

  private final JdbcClient jdbc;
  /** The attendees and everything written are encrypted when a key is set; parties, dates are not. */
  private final ConfidentialText text;
  private final RowMapper<Parties> parties;

  public ArchiveRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.parties = text.rows(Parties.class);
  }

  public void insert(ArchiveRecord r) {
    Parties p = r.parties();
    Content c = r.content();
    Rectification x = r.rectification();
    Archiving a = r.archiving();
    jdbc.sql("""
        insert into talk_archive (talk_id, talk_type, organization_id, organization_name, talkee_id,
          talkee_name, talker_id, talker_name, planned_talk_date, talk_date, attendees, talk_record,
          materials, reflections, measures, measures_due, measures_submitted_at, results, results_due,
          results_submitted_at, outcome, reviews, missed_deadlines, remark, archived_by, archived_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.talkId(), p.talkType(), p.organizationId(), p.organizationName(), p.talkeeId(),
            p.talkeeName(), p.talkerId(), p.talkerName(), p.plannedTalkDate(), p.talkDate(),
            text.seal(p.attendees()), text.seal(JsonValues.toJson(c.talkRecord())),
            text.seal(JsonValues.toJson(c.materials())), text.seal(x.reflections()),
            text.seal(JsonValues.toJson(x.measures())), x.measuresDue(), x.measuresSubmittedAt(),
            text.seal(x.results()), x.resultsDue(), x.resultsSubmittedAt(), x.outcome(),
            text.seal(JsonValues.toJson(x.reviews())), String.join(",", x.missedDeadlines()),
            text.seal(a.remark()), a.archivedBy(), a.archivedAt())
        .update();
    for (String group : a.copiedTo()) {
      jdbc.sql("insert into archive_copy (talk_id, recipient_group) values (?, ?)")
          .params(r.talkId(), group).update();
    }
  }

  public Optional<ArchiveRecord> findByTalk(String talkId) {
    return jdbc.sql("select * from talk_archive where talk_id = ?").param(talkId)
        .query(this::map).optional();
  }

  public List<ArchiveRecord> findByTalkee(String talkeeId) {
    return jdbc.sql("select * from talk_archive where talkee_id = ? order by talk_date, archived_at")
        .param(talkeeId).query(this::map).list();
  }

  public List<ArchiveRecord> findCopiedTo(String group) {
    return jdbc.sql("""
        select a.* from talk_archive a join archive_copy c on c.talk_id = a.talk_id
        where c.recipient_group = ? order by a.archived_at""")
        .param(group).query(this::map).list();
  }

  public List<ArchiveRecord> findAll() {
    return jdbc.sql("select * from talk_archive order by archived_at").query(this::map).list();
  }

  private List<String> copies(String talkId) {
    return jdbc.sql("select recipient_group from archive_copy where talk_id = ? order by recipient_group")
        .param(talkId).query(String.class).list();
  }

  private ArchiveRecord map(ResultSet rs, int row) throws SQLException {
    String talkId = rs.getString("talk_id");
    String missed = rs.getString("missed_deadlines");
    return new ArchiveRecord(
        talkId,
        parties.mapRow(rs, row),
        new Content(
            JsonValues.fromJson(opened(rs, "talk_record"), OBJECT),
            JsonValues.fromJson(opened(rs, "materials"), OBJECTS)),
        new Rectification(
            opened(rs, "reflections"),
            JsonValues.fromJson(opened(rs, "measures"), OBJECTS),
            rs.getObject("measures_due", OffsetDateTime.class),
            rs.getObject("measures_submitted_at", OffsetDateTime.class),
            opened(rs, "results"),
            rs.getObject("results_due", OffsetDateTime.class),
            rs.getObject("results_submitted_at", OffsetDateTime.class),
            rs.getString("outcome"),
            JsonValues.fromJson(opened(rs, "reviews"), OBJECTS),
            missed == null || missed.isBlank() ? List.of() : List.of(missed.split(","))),
        new Archiving(
            opened(rs, "remark"),
            rs.getString("archived_by"),
            rs.getObject("archived_at", OffsetDateTime.class),
            copies(talkId)));
  }

  private String opened(ResultSet rs, String column) throws SQLException {
    return text.open(rs.getString(column));
  }
}
