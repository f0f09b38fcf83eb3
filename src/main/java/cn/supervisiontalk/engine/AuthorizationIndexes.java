package cn.supervisiontalk.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for this application's authorization checks: every task,
 * instance and history query is filtered by the current person's and groups' grants, and
 * ACT_RU_AUTHORIZATION has no index on USER_ID_ (looked up by person and resource type on every
 * check) nor one leading with GROUP_ID_. Created once the engine has built its schema, on every
 * start, idempotently (H2 and PostgreSQL both know {@code create index if not exists}); a later
 * schema update of the engine leaves them alone.
 */
@Component
public class AuthorizationIndexes extends AbstractProcessEnginePlugin {

  static final List<String> STATEMENTS = List.of(
      "create index if not exists ST_IDX_AUTH_USER_TYPE on ACT_RU_AUTHORIZATION (USER_ID_, RESOURCE_TYPE_)",
      "create index if not exists ST_IDX_AUTH_GROUP_TYPE on ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_)");

  private final JdbcTemplate jdbc;

  public AuthorizationIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    STATEMENTS.forEach(jdbc::execute);
  }
}
