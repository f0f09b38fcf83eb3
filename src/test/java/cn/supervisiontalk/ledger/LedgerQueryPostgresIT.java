package cn.supervisiontalk.ledger;

import cn.supervisiontalk.PostgresDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ledger's query probes ({@link LedgerQueryProbes}) on PostgreSQL, in a fresh database of their
 * own: the filters, the overdue condition, the order with its nulls, the search's escaping and the
 * paging are SQL, and must answer the same there as on H2.
 */
// the database extension is declared before @SpringBootTest, so it runs around Spring's
@ExtendWith(LedgerQueryPostgresIT.OwnDatabase.class)
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.webapp.enabled=false"
})
@ActiveProfiles("postgres")
@DirtiesContext
class LedgerQueryPostgresIT extends LedgerQueryProbes {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_ledger_");

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
