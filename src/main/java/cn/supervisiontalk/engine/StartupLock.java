package cn.supervisiontalk.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.springframework.beans.factory.DisposableBean;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Several nodes on one PostgreSQL database may start at the same moment: the first takes a
 * PostgreSQL advisory lock before the engine is built and holds it until the application is ready,
 * so the engine's schema, the deployments, the demo organization, the role groups, their grants
 * and the Tasklist filters are set up by one node at a time; the others wait and then find
 * everything in place. Camunda's own cluster model does the rest: jobs are locked in the shared
 * database, so each timer fires on one node. The lock is a session lock on a connection of its
 * own, released when the node is ready, or by PostgreSQL when a starting node dies. H2 (the
 * embedded default) serves one node only and needs no lock.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin
    implements ApplicationListener<ApplicationEvent>, DisposableBean {

  /** The advisory lock's key: any number, the same on every node ("监督" in hexadecimal digits). */
  static final long KEY = 0x76D1_7763L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection held;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
      release();
    }
  }

  /** A start that fails before it is ready closes its context: the lock goes with it. */
  @Override
  public void destroy() {
    release();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      long waitedFrom = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + KEY + ")");
      }
      held = connection;
      long waited = (System.nanoTime() - waitedFrom) / 1_000_000;
      if (waited > 1000) {
        LOG.info("启动锁: 等待其他节点完成启动 {} 毫秒", waited);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("启动锁: 无法取得数据库锁: " + e.getMessage(), e);
    }
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      // closing the connection ends the session, and PostgreSQL releases its locks with it
      LOG.warn("启动锁: 释放时出错,已关闭连接: {}", e.getMessage());
    } finally {
      held = null;
    }
  }
}
