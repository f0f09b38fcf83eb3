package cn.supervisiontalk.organization;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 12: users written before {@link PersonName} move to the surname-first layout. The seeds
 * and the term changes used to put the whole name in Camunda's first name and the title (市委书记 …)
 * in the last name, so Admin's 「姓」 column held titles; now the surname is the first name and the
 * given name the last.
 *
 * <p>Written in Java, as SQL on ACT_ID_USER, because Flyway runs before the process engine is built:
 * on a new database Camunda's tables do not exist yet (nothing to do, and plain SQL cannot ask
 * portably in H2 and PostgreSQL), and on an existing one no engine is running that could hold the
 * rows (the revision is raised all the same). A user changes only when the row is exactly as the
 * application wrote it: its last name is a title the application recorded for that person
 * (leadership_member, organization_team_member, leader_term, and the seeds file when demo data is
 * on), or empty for a top leader entered by a term change. Users an administrator entered otherwise
 * are left as they are.
 */
@Component
public class NameOrderMigration implements JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(NameOrderMigration.class);

  private final boolean seedsEnabled;
  private final Resource seeds;

  public NameOrderMigration(@Value("${supervision-talk.seeds.enabled:false}") boolean seedsEnabled,
      @Value("${supervision-talk.seeds.location:file:seeds/organization.yaml}") Resource seeds) {
    this.seedsEnabled = seedsEnabled;
    this.seeds = seeds;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("12");
  }

  @Override
  public String getDescription() {
    return "surname first in user names";
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
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (!hasTable(connection, "ACT_ID_USER")) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    Map<String, Set<String>> titles = recordedTitles(jdbc);
    Set<String> termLeaders = new HashSet<>(
        jdbc.queryForList("select distinct leader_id from leader_term", String.class));
    int changed = 0;
    List<String[]> users = jdbc.query("select ID_, FIRST_, LAST_ from ACT_ID_USER",
        (rs, n) -> new String[] {rs.getString(1), text(rs.getString(2)), text(rs.getString(3))});
    for (String[] user : users) {
      String id = user[0];
      String first = user[1];
      String last = user[2];
      boolean writtenByApp = titles.getOrDefault(id, Set.of()).contains(last)
          || last.isEmpty() && termLeaders.contains(id);
      if (first.isEmpty() || !writtenByApp) {
        continue;
      }
      PersonName name = PersonName.split(first);
      changed += jdbc.update("update ACT_ID_USER set FIRST_ = ?, LAST_ = ?, REV_ = REV_ + 1 where ID_ = ?",
          name.surname(), name.givenName(), id);
    }
    if (changed > 0) {
      LOG.info("用户姓名改为姓、名分开保存: {} 位(此前全名在“名”一栏、职务在“姓”一栏)", changed);
    }
  }

  /** Every title the application has for a person, by user id. */
  private Map<String, Set<String>> recordedTitles(JdbcTemplate jdbc) throws IOException {
    Map<String, Set<String>> titles = new HashMap<>();
    Stream.of("select user_id, title from leadership_member",
            "select user_id, title from organization_team_member",
            "select leader_id, leader_title from leader_term where leader_title is not null")
        .forEach(sql -> jdbc.query(sql, (ResultSet rs) -> {
          titles.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(text(rs.getString(2)));
        }));
    if (seedsEnabled && seeds.exists()) {
      SeedFile file = SeedFile.read(seeds);
      file.leadership().forEach(p -> add(titles, p.id(), p.title()));
      file.staff().forEach(p -> add(titles, p.id(), p.title()));
      for (SeedFile.OrganizationSeed org : file.organizations()) {
        add(titles, org.topLeader().id(), org.topLeader().title());
        org.teamMembers().forEach(p -> add(titles, p.id(), p.title()));
      }
    }
    return titles;
  }

  private static void add(Map<String, Set<String>> titles, String userId, String title) {
    titles.computeIfAbsent(userId, k -> new HashSet<>()).add(text(title));
  }

  /** Whether the table exists in the connection's schema, whatever case the database folds to. */
  static boolean hasTable(Connection connection, String name) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String candidate : List.of(name, name.toLowerCase(), name.toUpperCase())) {
      try (ResultSet tables = meta.getTables(null, connection.getSchema(), candidate, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(Object value) {
    return Objects.toString(value, "").trim();
  }
}
