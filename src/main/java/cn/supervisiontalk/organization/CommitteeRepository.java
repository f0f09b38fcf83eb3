package cn.supervisiontalk.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holding committees (table committee), the first named first. */
@Repository
public class CommitteeRepository {

  /** A row: names as written, {@code kind} LOCAL_COMMITTEE or PARTY_GROUP, the upper committee. */
  public record CommitteeRecord(String id, String name, String shortName, String kind,
      String recordedBy, OffsetDateTime recordedAt, String upperId) {
  }

  private static final DataClassRowMapper<CommitteeRecord> ROW =
      new DataClassRowMapper<>(CommitteeRecord.class);

  private final JdbcClient jdbc;

  public CommitteeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The first committee named on this installation. */
  public Optional<CommitteeRecord> find() {
    return all().stream().findFirst();
  }

  public Optional<CommitteeRecord> byId(String id) {
    return jdbc.sql("select * from committee where id = ?").param(id).query(ROW).optional();
  }

  /** Every committee, the first named first. */
  public List<CommitteeRecord> all() {
    return jdbc.sql("select * from committee order by recorded_at, id").query(ROW).list();
  }

  /**
   * Gives the first committee what was recorded before it was named: organizations, leadership
   * members, talks and terms without a committee (a database started without seeds, named later).
   */
  public void adoptUnassigned(String committeeId) {
    for (String table : List.of("organization", "leadership_member", "talk", "committee_term")) {
      jdbc.sql("update " + table + " set committee_id = ? where committee_id is null")
          .param(committeeId).update();
    }
  }

  public void insert(CommitteeRecord c) {
    jdbc.sql("""
        insert into committee (id, name, short_name, kind, recorded_by, recorded_at, upper_id)
        values (?, ?, ?, ?, ?, ?, ?)""").params(c.id(), c.name(), c.shortName(), c.kind(),
        c.recordedBy(), c.recordedAt(), c.upperId()).update();
  }

  /** Renames the committee (its id and upper committee stay). */
  public void update(CommitteeRecord c) {
    jdbc.sql("""
        update committee set name = ?, short_name = ?, kind = ?, recorded_by = ?
        where id = ?""").params(c.name(), c.shortName(), c.kind(), c.recordedBy(), c.id())
        .update();
  }
}
