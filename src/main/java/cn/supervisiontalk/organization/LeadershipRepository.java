package cn.supervisiontalk.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committees' leadership teams: each member with the committee, role and title. */
@Repository
public class LeadershipRepository {

  private final JdbcClient jdbc;

  public LeadershipRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's role in the committee's leadership team. */
  public Optional<LeadershipRole> roleOf(String committeeId, String userId) {
    return jdbc.sql("select role from leadership_member where user_id = ? and committee_id = ?")
        .params(userId, committeeId)
        .query((rs, row) -> LeadershipRole.valueOf(rs.getString("role")))
        .optional();
  }

  /** A member of the leadership team with the place and title held in it. */
  public record Member(String userId, LeadershipRole role, String title) {
  }

  /** The members of the committee's team in the team's order. */
  public List<Member> members(String committeeId) {
    return jdbc.sql("""
        select user_id, role, title from leadership_member where committee_id = ?
        order by sort_order, user_id""").param(committeeId)
        .query((rs, row) -> new Member(rs.getString("user_id"),
            LeadershipRole.valueOf(rs.getString("role")), rs.getString("title")))
        .list();
  }

  public void insert(String committeeId, String userId, LeadershipRole role, String title,
      int sortOrder) {
    jdbc.sql("""
        insert into leadership_member (committee_id, user_id, role, title, sort_order)
        values (?, ?, ?, ?, ?)""")
        .params(committeeId, userId, role.name(), title, sortOrder)
        .update();
  }
}
