package cn.supervisiontalk.engine;

import cn.supervisiontalk.PostgresDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link FastTaskAuthorizationCheckProbes} on PostgreSQL, in a fresh database of its own: the
 * engine's SQL differs there (its bit operations, its types), and the rewrite must recognize it
 * and answer the same.
 */
// the database extension is declared before @SpringBootTest, so it runs around Spring's
@ExtendWith(FastTaskAuthorizationCheckPostgresIT.OwnDatabase.class)
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.webapp.enabled=false"
})
@ActiveProfiles("postgres")
@DirtiesContext
class FastTaskAuthorizationCheckPostgresIT extends FastTaskAuthorizationCheckProbes {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_taskauth_");

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
  }

  static class OwnDatabase extends PostgresDatabase {
    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
