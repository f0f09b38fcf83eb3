package cn.supervisiontalk;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The confidentiality probes of {@link ConfidentialityProbes} on the {@code postgres} profile, in a
 * fresh database of their own on the local PostgreSQL server, created before the application starts
 * and dropped after it has stopped; skipped when the server cannot be reached unless
 * REQUIRE_POSTGRES is set (see {@link RegularTalkPostgresIT}).
 */
// the database extension is declared before @SpringBootTest, so it runs around Spring's
@ExtendWith(ConfidentialityPostgresIT.OwnDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class ConfidentialityPostgresIT extends ConfidentialityProbes {

  static final String DATABASE =
      "supervision_talk_conf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  static class OwnDatabase extends RegularTalkPostgresIT.FreshDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
