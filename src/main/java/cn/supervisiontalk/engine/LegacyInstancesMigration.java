package cn.supervisiontalk.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 18.1: the process instances begun before there were several committees belong to the
 * one committee there was. Since 18 every instance is tagged with the committee holding it
 * ({@link CommitteeTenancy}); an older one has no tenant, and the engine's tenant check lets an
 * instance without a tenant through to anyone who holds a grant on its process definition, such as
 * the office of a committee added later. So the older instances, their executions, tasks, jobs,
 * variables, incidents and history are given the first committee's tenant, as the engine itself
 * would have given them.
 *
 * <p>In Java, as SQL on Camunda's tables, because Flyway runs before the engine is built: on a new
 * database those tables do not exist yet, and there is nothing to do.
 */
@Component
public class LegacyInstancesMigration implements JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyInstancesMigration.class);

  /** The engine's tables with a tenant, each with the column naming its process instance. */
  static final List<String[]> TABLES = List.of(
      new String[] {"ACT_RU_EXECUTION", "PROC_INST_ID_"},
      new String[] {"ACT_RU_TASK", "PROC_INST_ID_"},
      new String[] {"ACT_RU_JOB", "PROCESS_INSTANCE_ID_"},
      new String[] {"ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_"},
      new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_"},
      new String[] {"ACT_RU_INCIDENT", "PROC_INST_ID_"},
      new String[] {"ACT_RU_EXT_TASK", "PROC_INST_ID_"},
      new String[] {"ACT_HI_PROCINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_ACTINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_TASKINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_VARINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_DETAIL", "PROC_INST_ID_"},
      new String[] {"ACT_HI_INCIDENT", "PROC_INST_ID_"},
      new String[] {"ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_"},
      new String[] {"ACT_HI_EXT_TASK_LOG", "PROC_INST_ID_"},
      new String[] {"ACT_HI_OP_LOG", "PROC_INST_ID_"},
      new String[] {"ACT_HI_DECINST", "PROC_INST_ID_"});

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("18.1");
  }

  @Override
  public String getDescription() {
    return "earlier instances to the first committee";
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
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    List<String> committees = jdbc.queryForList(
        "select id from committee order by recorded_at, id", String.class);
    if (committees.isEmpty()) {
      return;
    }
    String first = committees.get(0);
    int rows = 0;
    for (String[] table : TABLES) {
      if (hasColumn(connection, table[0], "TENANT_ID_") && hasColumn(connection, table[0], table[1])) {
        rows += jdbc.update("update " + table[0] + " set TENANT_ID_ = ? where TENANT_ID_ is null and "
            + table[1] + " is not null", first);
      }
    }
    if (rows > 0) {
      LOG.info("此前开始的流程实例归属第一个党委(党组) {}: {} 行", first, rows);
    }
  }

  /** Whether the table exists with the column (as stored: upper case in H2, lower in PostgreSQL). */
  private static boolean hasColumn(Connection connection, String table, String column)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String[] names : List.of(new String[] {table, column},
        new String[] {table.toLowerCase(Locale.ROOT), column.toLowerCase(Locale.ROOT)})) {
      try (ResultSet columns = meta.getColumns(null, null, names[0], names[1])) {
        if (columns.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
