package cn.supervisiontalk.engine;

import java.sql.Connection;
import java.util.Set;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the task queries of Tasklist, its filters and the REST API fast with many open talks, by
 * giving the engine's SQL for them the authorization check of {@link TaskAuthorizationSemiJoin}.
 * Only the task list and count statements and the variable instance list and count statements (the
 * cards' values of a Tasklist page) are touched, right before the statement is prepared; the
 * engine's mappings, its other queries and its authorization rules stay as they are.
 */
@Component
public class FastTaskAuthorizationCheck extends AbstractProcessEnginePlugin {

  static final Set<String> STATEMENTS = Set.of(
      "selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria",
      "selectVariableInstanceByQueryCriteria", "selectVariableInstanceCountByQueryCriteria");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite());
  }

  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare",
      args = {Connection.class, Integer.class}))
  static class Rewrite implements Interceptor {
    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      // added when the engine is built, this is the innermost plugin: its target is the engine's
      // own statement handler, whose delegate knows which mapped statement it runs
      StatementHandler target = (StatementHandler) invocation.getTarget();
      MetaObject handler = SystemMetaObject.forObject(target);
      if (handler.hasGetter("delegate.mappedStatement")) {
        MappedStatement statement = (MappedStatement) handler.getValue("delegate.mappedStatement");
        String id = statement.getId();
        if (STATEMENTS.contains(id.substring(id.lastIndexOf('.') + 1))) {
          BoundSql sql = target.getBoundSql();
          TaskAuthorizationSemiJoin.Statement rewritten =
              TaskAuthorizationSemiJoin.rewrite(sql.getSql(), sql.getParameterMappings());
          if (rewritten != null) {
            MetaObject bound = SystemMetaObject.forObject(sql);
            bound.setValue("sql", rewritten.sql());
            bound.setValue("parameterMappings", rewritten.parameters());
          }
        }
      }
      return invocation.proceed();
    }
  }
}
