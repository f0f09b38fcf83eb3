package cn.supervisiontalk;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link EncryptionAtRestProbes} on H2 with an SM4-GCM key, its own in-memory database and the demo
 * organization; encrypt-existing on, so the start-up path runs too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EncryptionAtRestIT extends EncryptionAtRestProbes {

  private static final String DATABASE = "encryption-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
    registry.add("supervision-talk.encryption.key", () -> SM4_KEY);
    registry.add("supervision-talk.encryption.algorithm", () -> "SM4-GCM");
    registry.add("supervision-talk.encryption.encrypt-existing", () -> "true");
  }
}
