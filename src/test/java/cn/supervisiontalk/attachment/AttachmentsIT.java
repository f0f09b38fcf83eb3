package cn.supervisiontalk.attachment;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AttachmentFlow} on H2, with the demo organization and a 64KB limit. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AttachmentsIT {

  private static final String DATABASE = "attachments-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
    registry.add("supervision-talk.seeds.enabled", () -> "true");
    registry.add("supervision-talk.attachments.max-file-size", () -> AttachmentFlow.LIMIT + "B");
  }

  @LocalServerPort
  private int port;

  @Autowired
  private JdbcClient jdbc;

  @Test
  void attachmentsThroughARegularTalk() {
    new AttachmentFlow("http://localhost:" + port, jdbc).run();
  }
}
