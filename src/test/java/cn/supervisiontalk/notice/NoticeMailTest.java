package cn.supervisiontalk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a mail server configured (a real SMTP server, GreenMail), a task's notice is mailed too. */
class NoticeMailTest extends ProcessTestSupport {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:notice-mail-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
  }

  @Test
  void theTalkeesNewTaskReachesHimByMail() throws Exception {
    LocalDate talkDate = LocalDate.of(2027, 6, 10);
    clockAt(talkDate, 17);
    String talkId = heldTalk("qingshan", "wanghai", "王海", talkDate);
    runtime.startProcessInstanceByKey("rectification", talkId, vars("talkId", talkId));

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("wanghai@jiangzhou.example");
    assertThat(received[0].getSubject()).isEqualTo("新的待办: 提出整改措施(qingshan党组织 王海)");
    assertThat(received[0].getContent().toString()).contains("王海同志").contains("在任务列表中办理");
    assertThat(jdbc.sql("select sent_by_mail from notification where recipient_id = 'wanghai'")
        .query(Boolean.class).single()).isTrue();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
