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

  /** The organizations a committee holds talks with, in their order. */
  public List<Organization> heldBy(String committeeId) {
    return jdbc.sql("select * from organization where committee_id = ? order by sort_order, id")
        .param(committeeId).query(this::map).list();
  }

  /** The committee holding talks with the organization named by its id, full or short name. */
  public Optional<String> committeeOf(String idOrName) {
    return jdbc.sql("""
        select committee_id from organization where (id = ? or name = ? or short_name = ?)
        and committee_id is not null order by sort_order, id""")
        .params(idOrName, idOrName, idOrName).query(String.class).list().stream().findFirst();
  }

  public boolean isEmpty() {
    return jdbc.sql("select count(*) from organization").query(Long.class).single() == 0;
  }

  public void insert(Organization org, int sortOrder) {
    jdbc.sql("""
        insert into organization (id, name, short_name, kind, top_leader_id, term_start, term_end,
                                  has_dispatched_group, sort_order, committee_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(org.id(), org.name(), org.shortName(), org.kind().name(), org.topLeaderId(),
            org.termStart(), org.termEnd(), org.hasDispatchedGroup(), sortOrder, org.committeeId())
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
        rs.getBoolean("has_dispatched_group"),
        rs.getString("committee_id"));
  }
}
