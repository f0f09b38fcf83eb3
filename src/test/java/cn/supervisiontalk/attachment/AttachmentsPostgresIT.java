package cn.supervisiontalk.attachment;

import cn.supervisiontalk.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AttachmentFlow} on the {@code postgres} profile against the local PostgreSQL server, in a
 * fresh database (the bytes as {@code bytea}); skipped without the server unless
 * {@code REQUIRE_POSTGRES} is set (see {@link PostgresDatabase}).
 */
@ExtendWith(AttachmentsPostgresIT.FreshDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class AttachmentsPostgresIT {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_attachments_");

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
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

  /** This class's database on the local server. */
  static class FreshDatabase extends PostgresDatabase {

    @Override
    protected String database() {
      return DATABASE;
    }
  }
}
