package cn.supervisiontalk.archive;

import cn.supervisiontalk.archive.ArchiveRecord.Archiving;
import cn.supervisiontalk.archive.ArchiveRecord.Content;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.validation.JsonValues;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
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
  private static final RowMapper<Parties> PARTIES = new DataClassRowMapper<>(Parties.class);

  private final JdbcClient jdbc;

  public ArchiveRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
            p.attendees(), JsonValues.toJson(c.talkRecord()), JsonValues.toJson(c.materials()),
            x.reflections(), JsonValues.toJson(x.measures()), x.measuresDue(),
            x.measuresSubmittedAt(), x.results(), x.resultsDue(), x.resultsSubmittedAt(),
            x.outcome(), JsonValues.toJson(x.reviews()), String.join(",", x.missedDeadlines()),
            a.remark(), a.archivedBy(), a.archivedAt())
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
        PARTIES.mapRow(rs, row),
        new Content(
            JsonValues.fromJson(rs.getString("talk_record"), OBJECT),
            JsonValues.fromJson(rs.getString("materials"), OBJECTS)),
        new Rectification(
            rs.getString("reflections"),
            JsonValues.fromJson(rs.getString("measures"), OBJECTS),
            rs.getObject("measures_due", OffsetDateTime.class),
            rs.getObject("measures_submitted_at", OffsetDateTime.class),
            rs.getString("results"),
            rs.getObject("results_due", OffsetDateTime.class),
            rs.getObject("results_submitted_at", OffsetDateTime.class),
            rs.getString("outcome"),
            JsonValues.fromJson(rs.getString("reviews"), OBJECTS),
            missed == null || missed.isBlank() ? List.of() : List.of(missed.split(","))),
        new Archiving(
            rs.getString("remark"),
            rs.getString("archived_by"),
            rs.getObject("archived_at", OffsetDateTime.class),
            copies(talkId)));
  }
}
