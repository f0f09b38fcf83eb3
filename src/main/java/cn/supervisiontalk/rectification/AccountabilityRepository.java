package cn.supervisiontalk.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountabilityRepository {

  private final JdbcClient jdbc;

  public AccountabilityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the fact once per talk and kind; false when it was already recorded. */
  public boolean insertOnce(String talkId, String talkeeId, AccountabilityKind kind, String detail,
      OffsetDateTime at) {
    boolean exists = jdbc.sql("select count(*) from accountability_record where talk_id = ? and kind = ?")
        .params(talkId, kind.name()).query(Long.class).single() > 0;
    if (exists) {
      return false;
    }
    jdbc.sql("""
        insert into accountability_record (talk_id, talkee_id, kind, detail, created_at)
        values (?, ?, ?, ?, ?)""")
        .params(talkId, talkeeId, kind.name(), detail, at)
        .update();
    return true;
  }

  public List<AccountabilityRecord> findByTalk(String talkId) {
    return jdbc.sql("select * from accountability_record where talk_id = ? order by id")
        .param(talkId).query(this::map).list();
  }

  public List<AccountabilityRecord> findAll() {
    return jdbc.sql("select * from accountability_record order by id").query(this::map).list();
  }

  private AccountabilityRecord map(ResultSet rs, int row) throws SQLException {
    return new AccountabilityRecord(rs.getLong("id"), rs.getString("talk_id"),
        rs.getString("talkee_id"), AccountabilityKind.valueOf(rs.getString("kind")),
        rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class));
  }
}
