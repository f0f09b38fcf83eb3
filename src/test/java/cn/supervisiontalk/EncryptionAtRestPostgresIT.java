package cn.supervisiontalk;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link EncryptionAtRestProbes} on the {@code postgres} profile with an AES-GCM key, in a fresh
 * database of its own ({@link PostgresDatabase}); skipped when the server cannot be reached unless
 * REQUIRE_POSTGRES is set.
 */
// the database extension is declared before @SpringBootTest, so it runs around Spring's
@ExtendWith(EncryptionAtRestPostgresIT.OwnDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class EncryptionAtRestPostgresIT extends EncryptionAtRestProbes {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_enc_");

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
    registry.add("supervision-talk.seeds.enabled", () -> "true");
    registry.add("supervision-talk.encryption.key", () -> AES_KEY);
    registry.add("supervision-talk.encryption.algorithm", () -> "AES-GCM");
    registry.add("supervision-talk.encryption.encrypt-existing", () -> "true");
  }

  static class OwnDatabase extends PostgresDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
