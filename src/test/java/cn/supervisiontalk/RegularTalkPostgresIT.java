package cn.supervisiontalk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same regular talk as {@link RegularTalkRestIT}, on the {@code postgres} profile against the
 * local PostgreSQL server (127.0.0.1:5432, user postgres, no password). A fresh database is created
 * before the application starts and dropped after it has stopped.
 *
 * <p>When the server cannot be reached the test is skipped, unless the system property or
 * environment variable {@code REQUIRE_POSTGRES} is set (to anything but "false"): then it fails.
 * The database name is random (supervision_talk_it_…), so runs never share or clobber data.
 */
// FreshDatabase is declared before @SpringBootTest (and so before Spring's extension): its
// beforeAll runs before the context starts and its afterAll after @DirtiesContext has closed it.
@ExtendWith(RegularTalkPostgresIT.FreshDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class RegularTalkPostgresIT {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String USER = "postgres";
  static final String DATABASE =
      "supervision_talk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> SERVER + DATABASE);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  @LocalServerPort
  private int port;

  @Test
  void regularTalkFromStartToArchive() {
    new RegularTalkRestFlow("http://localhost:" + port).run();
  }

  @Test
  void timelyTalkFromProposalToArchive() {
    new TimelyTalkRestFlow("http://localhost:" + port).run();
  }

  /**
   * Skips the class when the server cannot be reached (reported by Surefire as skipped), unless
   * REQUIRE_POSTGRES is set; creates the test's database before the class, drops it after.
   */
  static class FreshDatabase implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    private boolean created;

    /** The database created and dropped; another test class names its own by overriding this. */
    String database() {
      return DATABASE;
    }

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

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
      Connection admin;
      try {
        admin = admin();
      } catch (SQLException e) {
        String reason = "PostgreSQL at " + SERVER + " is not reachable: " + e.getMessage();
        if (required()) {
          throw new IllegalStateException("REQUIRE_POSTGRES is set, but " + reason, e);
        }
        // Reachable a moment ago (see the condition above) but gone now: skip all the same.
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
      // The application has stopped by now (@DirtiesContext closes it before this runs), so a
      // plain drop works on any server version; should a connection linger, force it (PG 13+).
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
}
