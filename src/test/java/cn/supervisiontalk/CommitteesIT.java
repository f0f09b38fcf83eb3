package cn.supervisiontalk;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CommitteesScenario} on the embedded database, in memory and of its own. */
class CommitteesIT extends CommitteesScenario {

  private static final String DATABASE = "committees-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
  }
}
