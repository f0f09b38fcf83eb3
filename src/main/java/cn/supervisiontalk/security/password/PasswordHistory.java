package cn.supervisiontalk.security.password;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The passwords a person has set, as hash and salt (table password_history): the latest says when
 * the password was last changed, the earlier ones may not be used again. Times are the engine's
 * clock. Called inside engine commands, so it joins their transaction.
 */
@Repository
public class PasswordHistory {

  /** One stored password: the engine's hash (with its algorithm prefix) and its salt. */
  public record Stored(String hash, String salt) {
  }

  private final JdbcClient jdbc;

  public PasswordHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String userId, String hash, String salt) {
    jdbc.sql("insert into password_history (user_id, password_hash, salt, changed_at) values (?, ?, ?, ?)")
        .params(userId, hash, salt, now()).update();
  }

  /** When the person's password was last set; empty for a person with no recorded password. */
  public Optional<OffsetDateTime> lastChange(String userId) {
    return jdbc.sql("select changed_at from password_history where user_id = ? order by id desc limit 1")
        .param(userId).query(OffsetDateTime.class).optional();
  }

  /** The person's latest {@code count} passwords, newest first. */
  public List<Stored> latest(String userId, int count) {
    return jdbc.sql("""
        select password_hash, salt from password_history where user_id = ?
        order by id desc limit ?""")
        .params(userId, count)
        .query((rs, n) -> new Stored(rs.getString("password_hash"), rs.getString("salt")))
        .list();
  }

  public void forget(String userId) {
    jdbc.sql("delete from password_history where user_id = ?").param(userId).update();
  }

  static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
