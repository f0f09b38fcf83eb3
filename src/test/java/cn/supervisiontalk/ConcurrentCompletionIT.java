package cn.supervisiontalk;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConcurrentCompletionProbes} on H2, in a database of their own. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ConcurrentCompletionIT extends ConcurrentCompletionProbes {

  private static final String DATABASE = "concurrent-completion-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
  }
}
