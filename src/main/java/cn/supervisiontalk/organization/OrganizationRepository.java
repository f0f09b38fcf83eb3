package cn.supervisiontalk.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The next-level organizations, kept in the application's own table. */
@Repository
public class OrganizationRepository {

  private final JdbcClient jdbc;

  public OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Organization> findAll() {
    return jdbc.sql("select * from organization order by sort_order, id").query(this::map).list();
  }

  public Optional<Organization> findById(String id) {
    return jdbc.sql("select * from organization where id = ?").param(id).query(this::map).optional();
  }

  public boolean isEmpty() {
    return jdbc.sql("select count(*) from organization").query(Long.class).single() == 0;
  }

  public void insert(Organization org, int sortOrder) {
    jdbc.sql("""
        insert into organization (id, name, short_name, kind, top_leader_id, term_start, term_end,
                                  has_dispatched_group, sort_order)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(org.id(), org.name(), org.shortName(), org.kind().name(), org.topLeaderId(),
            org.termStart(), org.termEnd(), org.hasDispatchedGroup(), sortOrder)
        .update();
  }

  private Organization map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Organization(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("short_name"),
        OrganizationKind.valueOf(rs.getString("kind")),
        rs.getString("top_leader_id"),
        rs.getObject("term_start", java.time.LocalDate.class),
        rs.getObject("term_end", java.time.LocalDate.class),
        rs.getBoolean("has_dispatched_group"));
  }
}
