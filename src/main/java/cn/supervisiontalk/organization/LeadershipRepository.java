package cn.supervisiontalk.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee's leadership team members and their roles. */
@Repository
public class LeadershipRepository {

  private final JdbcClient jdbc;

  public LeadershipRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<LeadershipRole> roleOf(String userId) {
    return jdbc.sql("select role from leadership_member where user_id = ?")
        .param(userId)
        .query((rs, row) -> LeadershipRole.valueOf(rs.getString("role")))
        .optional();
  }

  /** A member of the leadership team with the place and title held in it. */
  public record Member(String userId, LeadershipRole role, String title) {
  }

  /** The members in the team's order. */
  public List<Member> members() {
    return jdbc.sql("select user_id, role, title from leadership_member order by sort_order, user_id")
        .query((rs, row) -> new Member(rs.getString("user_id"),
            LeadershipRole.valueOf(rs.getString("role")), rs.getString("title")))
        .list();
  }

  public List<String> memberIds() {
    return jdbc.sql("select user_id from leadership_member order by sort_order, user_id")
        .query(String.class)
        .list();
  }

  public void insert(String userId, LeadershipRole role, String title, int sortOrder) {
    jdbc.sql("insert into leadership_member (user_id, role, title, sort_order) values (?, ?, ?, ?)")
        .params(userId, role.name(), title, sortOrder)
        .update();
  }
}
