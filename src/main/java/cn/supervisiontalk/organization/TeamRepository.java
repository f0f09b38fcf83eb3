package cn.supervisiontalk.organization;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The other members of each lower organization's own leadership team (article 11): the county
 * committee's standing committee, the 党组's members. Not the holding committee's leadership
 * ({@link LeadershipRepository}).
 */
@Repository
public class TeamRepository {

  private final JdbcClient jdbc;

  public TeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The members' user ids, in the team's order. */
  public List<String> memberIds(String organizationId) {
    return jdbc.sql("select user_id from organization_team_member where organization_id = ?"
            + " order by sort_order, user_id")
        .param(organizationId)
        .query(String.class)
        .list();
  }

  public void insert(String organizationId, String userId, String title, int sortOrder) {
    jdbc.sql("insert into organization_team_member (organization_id, user_id, title, sort_order)"
            + " values (?, ?, ?, ?)")
        .params(organizationId, userId, title, sortOrder)
        .update();
  }
}
