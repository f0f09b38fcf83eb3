package cn.supervisiontalk;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConcurrentCompletionProbes} on PostgreSQL, in a fresh database of their own. */
// the database extension is declared before @SpringBootTest, so it runs around Spring's
@ExtendWith(ConcurrentCompletionPostgresIT.OwnDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class ConcurrentCompletionPostgresIT extends ConcurrentCompletionProbes {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_h5_concurrent_");

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }

  static class OwnDatabase extends PostgresDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
