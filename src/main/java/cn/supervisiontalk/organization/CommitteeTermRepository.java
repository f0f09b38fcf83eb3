package cn.supervisiontalk.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holding committee's terms (table committee_term), the earliest first. */
@Repository
public class CommitteeTermRepository {

  private static final DataClassRowMapper<CommitteeTerm> ROW =
      new DataClassRowMapper<>(CommitteeTerm.class);

  private final JdbcClient jdbc;

  public CommitteeTermRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The committee's terms, the earliest first. */
  public List<CommitteeTerm> findAll(String committeeId) {
    return jdbc.sql("select * from committee_term where committee_id = ? order by term_start, id")
        .param(committeeId).query(ROW).list();
  }

  public Optional<CommitteeTerm> findById(long id) {
    return jdbc.sql("select * from committee_term where id = ?").param(id).query(ROW).optional();
  }

  /** The term begun last: the current one, also after its end until the next is recorded. */
  public Optional<CommitteeTerm> current(String committeeId) {
    List<CommitteeTerm> all = findAll(committeeId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every term of the committee that shares a day with the period, the earliest first. */
  public List<CommitteeTerm> overlapping(String committeeId, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select * from committee_term where committee_id = ? and term_start <= ? and term_end >= ?
        order by term_start, id""").params(committeeId, to, from).query(ROW).list();
  }

  public long insert(String committeeId, String name, LocalDate start, LocalDate end,
      String reason, String recordedBy, OffsetDateTime at) {
    jdbc.sql("""
        insert into committee_term (committee_id, name, term_start, term_end, reason, recorded_by,
                                    recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(committeeId, name, start, end, reason, recordedBy, at).update();
    return jdbc.sql("select max(id) from committee_term where committee_id = ?").param(committeeId)
        .query(Long.class).single();
  }

  /** Ends a term early, on the day before its successor begins (an early 换届). */
  public void endOn(long termId, LocalDate lastDay) {
    jdbc.sql("update committee_term set term_end = ? where id = ?").params(lastDay, termId).update();
  }
}
