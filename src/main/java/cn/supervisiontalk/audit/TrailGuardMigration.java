package cn.supervisiontalk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migration 15.1: on PostgreSQL, triggers keep the access trail append-only. Trail rows cannot be
 * updated or truncated; they can be deleted only by a transaction that has set
 * {@value #PURGE_SETTING} to {@code on} (the daily purge, {@link TrailStore#allowPurge}); the head
 * row cannot be deleted and its sequence numbers never go back. H2 (trial use) gets no trigger:
 * there the hash chain alone shows changes. In Java because the SQL is PostgreSQL's only.
 */
@Component
public class TrailGuardMigration implements JavaMigration {

  static final String PURGE_SETTING = "supervision_talk.trail_purge";

  private static final String ROWS = """
      create or replace function access_trail_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and current_setting('%s', true) = 'on' then
          return old;
        end if;
        raise exception '访问留痕只能追加,不能修改或删除(%%)', tg_op
          using errcode = 'insufficient_privilege';
      end $$""".formatted(PURGE_SETTING);

  private static final String HEAD = """
      create or replace function access_trail_head_forward() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' or new.last_seq < old.last_seq or new.anchor_seq < old.anchor_seq
            or new.anchor_seq > new.last_seq then
          raise exception '访问留痕的链头只能向前推进(%)', tg_op using errcode = 'insufficient_privilege';
        end if;
        return new;
      end $$""";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("15.1");
  }

  @Override
  public String getDescription() {
    return "access trail append only";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!isPostgres(connection)) {
      return;
    }
    try (Statement sql = connection.createStatement()) {
      sql.execute(ROWS);
      sql.execute("create trigger access_trail_no_change before update or delete on access_trail"
          + " for each row execute function access_trail_append_only()");
      sql.execute("create trigger access_trail_no_truncate before truncate on access_trail"
          + " for each statement execute function access_trail_append_only()");
      sql.execute(HEAD);
      sql.execute("create trigger access_trail_head_forward before update or delete"
          + " on access_trail_head for each row execute function access_trail_head_forward()");
      sql.execute("create trigger access_trail_head_no_truncate before truncate on access_trail_head"
          + " for each statement execute function access_trail_append_only()");
    }
  }

  static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
  }

  static boolean isPostgres(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) TrailGuardMigration::isPostgres));
  }
}
