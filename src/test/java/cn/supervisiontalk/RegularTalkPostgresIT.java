package cn.supervisiontalk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_it_");

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
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

  /** This class's database on the local server (see {@link PostgresDatabase}). */
  static class FreshDatabase extends PostgresDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
