package cn.supervisiontalk.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holding committee's record (table committee): one row, absent until it is named. */
@Repository
public class CommitteeRepository {

  /** The row: names as written, {@code kind} LOCAL_COMMITTEE or PARTY_GROUP. */
  public record CommitteeRecord(String id, String name, String shortName, String kind,
      String recordedBy, OffsetDateTime recordedAt) {
  }

  private static final DataClassRowMapper<CommitteeRecord> ROW =
      new DataClassRowMapper<>(CommitteeRecord.class);

  private final JdbcClient jdbc;

  public CommitteeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CommitteeRecord> find() {
    return all().stream().findFirst();
  }

  /** Every committee, the first named first. */
  public List<CommitteeRecord> all() {
    return jdbc.sql("select * from committee order by recorded_at, id").query(ROW).list();
  }

  /**
   * Gives the first committee what was recorded before it was named: organizations, leadership
   * members and talks without a committee (a database started without seeds, named later).
   */
  public void adoptUnassigned(String committeeId) {
    for (String table : List.of("organization", "leadership_member", "talk")) {
      jdbc.sql("update " + table + " set committee_id = ? where committee_id is null")
          .param(committeeId).update();
    }
  }

  /** Names the committee: the first time with its id, later with the id it has. */
  public void save(CommitteeRecord committee) {
    int updated = jdbc.sql("""
        update committee set name = ?, short_name = ?, kind = ?, recorded_by = ?, recorded_at = ?""")
        .params(committee.name(), committee.shortName(), committee.kind(), committee.recordedBy(),
            committee.recordedAt()).update();
    if (updated == 0) {
      jdbc.sql("""
          insert into committee (id, name, short_name, kind, recorded_by, recorded_at)
          values (?, ?, ?, ?, ?, ?)""").params(committee.id(), committee.name(),
          committee.shortName(), committee.kind(), committee.recordedBy(), committee.recordedAt())
          .update();
    }
  }
}
