package cn.supervisiontalk.archive;

import cn.supervisiontalk.validation.JsonValues;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive of talks, in the application's own tables, kept for good. */
@Repository
public class ArchiveRepository {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
  private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() { };

  private final JdbcClient jdbc;

  public ArchiveRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ArchiveRecord r) {
    jdbc.sql("""
        insert into talk_archive (talk_id, talk_type, organization_id, organization_name, talkee_id,
          talkee_name, talker_id, talker_name, planned_talk_date, talk_date, attendees, talk_record,
          materials, reflections, measures, measures_due, measures_submitted_at, results, results_due,
          results_submitted_at, outcome, reviews, missed_deadlines, remark, archived_by, archived_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.talkId(), r.talkType(), r.organizationId(), r.organizationName(), r.talkeeId(),
            r.talkeeName(), r.talkerId(), r.talkerName(), r.plannedTalkDate(), r.talkDate(),
            r.attendees(), JsonValues.toJson(r.talkRecord()), JsonValues.toJson(r.materials()),
            r.reflections(), JsonValues.toJson(r.measures()), r.measuresDue(),
            r.measuresSubmittedAt(), r.results(), r.resultsDue(), r.resultsSubmittedAt(),
            r.outcome(), JsonValues.toJson(r.reviews()), String.join(",", r.missedDeadlines()),
            r.remark(), r.archivedBy(), r.archivedAt())
        .update();
    for (String group : r.copiedTo()) {
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
    String missed = rs.getString("missed_deadlines");
    return new ArchiveRecord(
        rs.getString("talk_id"),
        rs.getString("talk_type"),
        rs.getString("organization_id"),
        rs.getString("organization_name"),
        rs.getString("talkee_id"),
        rs.getString("talkee_name"),
        rs.getString("talker_id"),
        rs.getString("talker_name"),
        rs.getObject("planned_talk_date", LocalDate.class),
        rs.getObject("talk_date", LocalDate.class),
        rs.getString("attendees"),
        JsonValues.fromJson(rs.getString("talk_record"), OBJECT),
        JsonValues.fromJson(rs.getString("materials"), OBJECTS),
        rs.getString("reflections"),
        JsonValues.fromJson(rs.getString("measures"), OBJECTS),
        rs.getObject("measures_due", OffsetDateTime.class),
        rs.getObject("measures_submitted_at", OffsetDateTime.class),
        rs.getString("results"),
        rs.getObject("results_due", OffsetDateTime.class),
        rs.getObject("results_submitted_at", OffsetDateTime.class),
        rs.getString("outcome"),
        JsonValues.fromJson(rs.getString("reviews"), OBJECTS),
        missed == null || missed.isBlank() ? List.of() : List.of(missed.split(",")),
        rs.getString("remark"),
        rs.getString("archived_by"),
        rs.getObject("archived_at", OffsetDateTime.class),
        copies(rs.getString("talk_id")));
  }
}
