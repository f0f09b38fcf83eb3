package cn.supervisiontalk.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The term history (table leader_term) and the current leader and term kept on the organization. */
@Repository
public class LeaderTermRepository {

  private final JdbcClient jdbc;

  public LeaderTermRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<LeaderTerm> findById(long id) {
    return jdbc.sql("select * from leader_term where id = ?").param(id).query(this::map).optional();
  }

  /** An organization's terms, the earliest first. */
  public List<LeaderTerm> findByOrganization(String organizationId) {
    return jdbc.sql("select * from leader_term where organization_id = ? order by term_start, id")
        .param(organizationId).query(this::map).list();
  }

  /** The organization's current term: the one begun last. */
  public Optional<LeaderTerm> current(String organizationId) {
    List<LeaderTerm> terms = findByOrganization(organizationId);
    return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
  }

  /**
   * Every tenure in office at some time in the period: those sharing a day with it, and each
   * organization's current one if it began by the period's end (its leader stays in office until a
   * successor is recorded, whatever the scheduled end), by organization and start.
   */
  public List<LeaderTerm> inOffice(LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select * from leader_term t where t.term_start <= ?
          and (t.term_end >= ? or not exists (
            select 1 from leader_term later where later.organization_id = t.organization_id
              and (later.term_start > t.term_start
                   or (later.term_start = t.term_start and later.id > t.id))))
        order by organization_id, term_start, id""")
        .params(to, from).query(this::map).list();
  }

  public long insert(String organizationId, String leaderId, String leaderTitle, LocalDate start,
      LocalDate end, String reason, String recordedBy, OffsetDateTime at) {
    jdbc.sql("""
        insert into leader_term (organization_id, leader_id, leader_title, term_start, term_end,
                                 reason, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(organizationId, leaderId, leaderTitle, start, end, reason, recordedBy, at)
        .update();
    return jdbc.sql("select max(id) from leader_term where organization_id = ?")
        .param(organizationId).query(Long.class).single();
  }

  /** Ends a term early, on the day before its successor begins. */
  public void endOn(long termId, LocalDate lastDay) {
    jdbc.sql("update leader_term set term_end = ? where id = ?").params(lastDay, termId).update();
  }

  /** Keeps the organization's current top leader and term in step with the history. */
  public void makeCurrent(String organizationId, String leaderId, LocalDate start, LocalDate end) {
    jdbc.sql("update organization set top_leader_id = ?, term_start = ?, term_end = ? where id = ?")
        .params(leaderId, start, end, organizationId).update();
  }

  private LeaderTerm map(ResultSet rs, int row) throws SQLException {
    return new LeaderTerm(
        rs.getLong("id"),
        rs.getString("organization_id"),
        rs.getString("leader_id"),
        rs.getString("leader_title"),
        rs.getObject("term_start", LocalDate.class),
        rs.getObject("term_end", LocalDate.class),
        rs.getString("reason"),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
