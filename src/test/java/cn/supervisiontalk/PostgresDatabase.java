package cn.supervisiontalk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database of its own on the local PostgreSQL server (127.0.0.1:5432, user postgres, no
 * password) for a test class: created before the application starts, dropped after it has stopped
 * (declare the extension before {@code @SpringBootTest}, and {@code @DirtiesContext} on the class).
 * Skipped when the server cannot be reached, unless REQUIRE_POSTGRES is set (as a system property
 * or in the environment, to anything but "false"): then it fails, as the project's other
 * PostgreSQL tests do.
 */
public abstract class PostgresDatabase implements ExecutionCondition, BeforeAllCallback,
    TestInstancePreConstructCallback, AfterAllCallback {

  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  public static final String USER = "postgres";

  private boolean created;

  /** A database name with a random tail, so runs never share or clobber data. */
  public static String freshName(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /**
   * Points the application's data source at the database, from a test class's
   * {@code @DynamicPropertySource}.
   */
  public static void dataSource(DynamicPropertyRegistry registry, String database) {
    registry.add("spring.datasource.url", () -> SERVER + database);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
  }

  /** The database created and dropped. */
  protected abstract String database();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent() || required()) {
      return ConditionEvaluationResult.enabled("PostgreSQL checked for the class / required");
    }
    try (Connection admin = admin()) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + SERVER + " is reachable");
    } catch (SQLException e) {
      return ConditionEvaluationResult.disabled("PostgreSQL at " + SERVER + " is not reachable ("
          + e.getMessage() + "); set REQUIRE_POSTGRES to fail instead of skipping");
    }
  }

  /**
   * A class with one test instance for all its tests (PER_CLASS) is constructed, and its
   * application started, before the class's before-all callbacks: the database is made here then.
   */
  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context)
      throws SQLException {
    beforeAll(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    if (created) {
      return;
    }
    Connection admin;
    try {
      admin = admin();
    } catch (SQLException e) {
      String reason = "PostgreSQL at " + SERVER + " is not reachable: " + e.getMessage();
      if (required()) {
        throw new IllegalStateException("REQUIRE_POSTGRES is set, but " + reason, e);
      }
      Assumptions.abort(reason + " (set REQUIRE_POSTGRES to fail instead of skipping)");
      return;
    }
    try (admin; Statement sql = admin.createStatement()) {
      sql.execute("create database " + database() + " template template0 encoding 'UTF8'");
      created = true;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (!created) {
      return;
    }
    try (Connection admin = admin(); Statement sql = admin.createStatement()) {
      try {
        sql.execute("drop database if exists " + database());
      } catch (SQLException stillInUse) {
        sql.execute("drop database if exists " + database() + " with (force)");
      }
    }
  }

  private static Connection admin() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", USER);
    props.setProperty("password", "");
    props.setProperty("connectTimeout", "5");
    props.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(SERVER + "postgres", props);
  }

  private static boolean required() {
    String value = System.getProperty("REQUIRE_POSTGRES", System.getenv("REQUIRE_POSTGRES"));
    return value != null && !value.equalsIgnoreCase("false");
  }
}
