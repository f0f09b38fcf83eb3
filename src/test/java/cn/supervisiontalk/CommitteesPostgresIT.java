package cn.supervisiontalk;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CommitteesScenario} on the production database: PostgreSQL, a fresh database of its own. */
@ExtendWith(CommitteesPostgresIT.FreshDatabase.class)
@ActiveProfiles("postgres")
class CommitteesPostgresIT extends CommitteesScenario {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_committees_");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
  }

  /** This class's database on the local server. */
  static class FreshDatabase extends PostgresDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
