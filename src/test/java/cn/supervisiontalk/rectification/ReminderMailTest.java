package cn.supervisiontalk.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a mail server configured, the reminder before a deadline reaches the talkee by mail. */
class ReminderMailTest extends ProcessTestSupport {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:mail-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
  }

  @Test
  void theTalkeeIsMailedAWeekBeforeTheMeasuresAreDue() throws Exception {
    LocalDate talkDate = LocalDate.of(2027, 6, 10);
    clockAt(talkDate, 17);
    String talkId = heldTalk("qingshan", "wanghai", "王海", talkDate);
    runtime.startProcessInstanceByKey("rectification", talkId, vars("talkId", talkId));

    clockAt(LocalDate.of(2027, 7, 4), 9);
    assertThat(fireDueTimers()).isEqualTo(1);

    // the talkee's task was mailed too when it was created (notice.TaskNotices); here the reminder
    MimeMessage[] received = java.util.Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> subject(m).startsWith("提醒")).toArray(MimeMessage[]::new);
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("wanghai@jiangzhou.example");
    assertThat(received[0].getSubject()).isEqualTo("提醒: 请于7月10日24时前向中共江州市委报告整改措施");
    assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
    assertThat(received[0].getContent().toString()).contains("王海同志").contains("距截止还有6天");
    assertThat(jdbc.sql("select sent_by_mail from notification where talk_id = ?").param(talkId)
        .query(Boolean.class).single()).isTrue();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
