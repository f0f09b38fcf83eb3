package cn.supervisiontalk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Instances begun before there were several committees are the first committee's: their rows in
 * the engine's tables get its tenant; rows of no instance (a start event's timer, a deployment's
 * decision) and rows that already have a tenant stay as they are.
 */
class LegacyInstancesMigrationTest {

  @Test
  void earlierInstancesBecomeTheFirstCommittees() throws Exception {
    try (Connection connection = DriverManager.getConnection(
        "jdbc:h2:mem:legacy-" + UUID.randomUUID())) {
      JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      jdbc.execute("create table committee (id varchar(64), recorded_at timestamp)");
      jdbc.execute("insert into committee values ('qingshan', timestamp '2026-12-01 10:00:00'),"
          + " ('jiangzhou', timestamp '2026-01-01 10:00:00')");
      jdbc.execute("create table ACT_RU_JOB (ID_ varchar(64), PROCESS_INSTANCE_ID_ varchar(64),"
          + " TENANT_ID_ varchar(64))");
      jdbc.execute("insert into ACT_RU_JOB values ('timer-of-a-talk', 'talk-1', null),"
          + " ('start-timer', null, null), ('county-job', 'talk-2', 'qingshan')");
      Context context = mock(Context.class);
      when(context.getConnection()).thenReturn(connection);

      new LegacyInstancesMigration().migrate(context);

      assertThat(jdbc.queryForList("select ID_ || '=' || coalesce(TENANT_ID_, '-') from ACT_RU_JOB"
          + " order by ID_", String.class))
          .isEqualTo(List.of("county-job=qingshan", "start-timer=-", "timer-of-a-talk=jiangzhou"));
    }
  }

  @Test
  void withoutACommitteeNothingIsTagged() throws Exception {
    try (Connection connection = DriverManager.getConnection(
        "jdbc:h2:mem:legacy-" + UUID.randomUUID())) {
      JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      jdbc.execute("create table committee (id varchar(64), recorded_at timestamp)");
      jdbc.execute("create table ACT_RU_TASK (ID_ varchar(64), PROC_INST_ID_ varchar(64),"
          + " TENANT_ID_ varchar(64))");
      jdbc.execute("insert into ACT_RU_TASK values ('task-1', 'talk-1', null)");
      Context context = mock(Context.class);
      when(context.getConnection()).thenReturn(connection);

      new LegacyInstancesMigration().migrate(context);

      assertThat(jdbc.queryForObject("select TENANT_ID_ from ACT_RU_TASK", String.class)).isNull();
    }
  }
}
