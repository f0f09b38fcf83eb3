package cn.supervisiontalk;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, default profile, with its own in-memory H2 database and
 * the tests' organization (src/test/resources/fixture/organization.yaml, set in the tests'
 * application.properties): one regular talk from start to archive through REST only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RegularTalkRestIT {

  private static final String DATABASE = "regular-talk-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
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
}
