package cn.supervisiontalk.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration 12 on a database the earlier seeds and term changes wrote: the users the application
 * wrote (whole name, then a title or nothing) get surname and given name; users entered otherwise,
 * and a database without Camunda's tables yet, are left alone.
 */
class NameOrderMigrationTest {

  @Test
  void usersTheApplicationWroteGetSurnameAndGivenName() throws Exception {
    try (Connection connection = database()) {
      JdbcTemplate jdbc = jdbc(connection);
      appTables(jdbc);
      jdbc.execute("create table ACT_ID_USER (ID_ varchar(64) primary key, REV_ integer, "
          + "FIRST_ varchar(255), LAST_ varchar(255))");
      jdbc.update("insert into leadership_member values ('lijianguo', '市委书记')");
      jdbc.update("insert into organization_team_member values ('liuzhiyuan', '青山县委副书记、县长')");
      jdbc.update("insert into leader_term values ('oyxiu', null)");
      jdbc.update("insert into leader_term values ('chenxin', '新城区委书记')");
      user(jdbc, "lijianguo", "李建国", "市委书记");           // seeds: leadership
      user(jdbc, "liuzhiyuan", "刘志远", "青山县委副书记、县长"); // seeds: an organization's team
      user(jdbc, "wanghai", "王海", "青山县委书记");           // seeds file only: a top leader
      user(jdbc, "liuyang", "刘洋", "市委办公室副主任");        // seeds file only: staff
      user(jdbc, "oyxiu", "欧阳修", "");                     // term change without a title
      user(jdbc, "chenxin", "陈新", "新城区委书记");          // term change with one
      user(jdbc, "admin", "系统", "管理员");                  // Camunda's administrator
      user(jdbc, "zhangsan", "张", "三");                    // already surname first
      user(jdbc, "guest", "来宾", "市委书记");                 // a title, but not one recorded for him

      migration(true).migrate(context(connection));

      assertThat(names(jdbc)).containsExactlyInAnyOrderEntriesOf(Map.of(
          "lijianguo", "李|建国|2", "liuzhiyuan", "刘|志远|2", "wanghai", "王|海|2",
          "liuyang", "刘|洋|2", "oyxiu", "欧阳|修|2", "chenxin", "陈|新|2",
          "admin", "系统|管理员|1", "zhangsan", "张|三|1", "guest", "来宾|市委书记|1"));
    }
  }

  @Test
  void withoutTheSeedsFileOnlyTheRecordedTitlesCount() throws Exception {
    try (Connection connection = database()) {
      JdbcTemplate jdbc = jdbc(connection);
      appTables(jdbc);
      jdbc.execute("create table ACT_ID_USER (ID_ varchar(64) primary key, REV_ integer, "
          + "FIRST_ varchar(255), LAST_ varchar(255))");
      user(jdbc, "wanghai", "王海", "青山县委书记");

      migration(false).migrate(context(connection));

      assertThat(names(jdbc)).containsEntry("wanghai", "王海|青山县委书记|1");
    }
  }

  @Test
  void aNewDatabaseHasNoUsersYet() throws Exception {
    try (Connection connection = database()) {
      appTables(jdbc(connection));
      migration(true).migrate(context(connection));
      assertThat(NameOrderMigration.hasTable(connection, "ACT_ID_USER")).isFalse();
    }
  }

  /** PostgreSQL folds the names to lower case; the migration finds and changes the table there too. */
  @Test
  void onPostgresToo() throws Exception {
    String schema = "names_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = postgres()) {
      JdbcTemplate jdbc = jdbc(connection);
      jdbc.execute("create schema " + schema);
      try {
        jdbc.execute("set search_path to " + schema);
        appTables(jdbc);
        jdbc.execute("create table ACT_ID_USER (ID_ varchar(64) primary key, REV_ integer, "
            + "FIRST_ varchar(255), LAST_ varchar(255))");
        jdbc.update("insert into leadership_member values ('sunli', '市委常委、市纪委书记、市监委主任')");
        user(jdbc, "sunli", "孙丽", "市委常委、市纪委书记、市监委主任");

        migration(false).migrate(context(connection));

        assertThat(names(jdbc)).containsEntry("sunli", "孙|丽|2");
      } finally {
        jdbc.execute("drop schema " + schema + " cascade");
      }
    }
  }

  private static Connection postgres() throws Exception {
    try {
      return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
    } catch (java.sql.SQLException e) {
      String required = System.getProperty("REQUIRE_POSTGRES", System.getenv("REQUIRE_POSTGRES"));
      if (required != null && !required.equalsIgnoreCase("false")) {
        throw e;
      }
      Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is not reachable: " + e.getMessage());
      return null;
    }
  }

  private static NameOrderMigration migration(boolean seeds) {
    return new NameOrderMigration(seeds, new ClassPathResource("fixture/organization.yaml"));
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection("jdbc:h2:mem:names-" + UUID.randomUUID() + ";NON_KEYWORDS=VALUE");
  }

  private static JdbcTemplate jdbc(Connection connection) {
    return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
  }

  private static void appTables(JdbcTemplate jdbc) {
    jdbc.execute("create table leadership_member (user_id varchar(64), title varchar(200))");
    jdbc.execute("create table organization_team_member (user_id varchar(64), title varchar(200))");
    jdbc.execute("create table leader_term (leader_id varchar(64), leader_title varchar(200))");
  }

  private static void user(JdbcTemplate jdbc, String id, String first, String last) {
    jdbc.update("insert into ACT_ID_USER values (?, 1, ?, ?)", id, first, last);
  }

  private static Map<String, String> names(JdbcTemplate jdbc) {
    List<Map<String, Object>> rows = jdbc.queryForList("select ID_, FIRST_, LAST_, REV_ from ACT_ID_USER");
    return rows.stream().collect(Collectors.toMap(r -> String.valueOf(value(r, "ID_")),
        r -> value(r, "FIRST_") + "|" + value(r, "LAST_") + "|" + value(r, "REV_")));
  }

  /** A column's value, whichever case the database returned its label in. */
  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toLowerCase());
  }

  private static Context context(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
