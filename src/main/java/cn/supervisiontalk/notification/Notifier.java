package cn.supervisiontalk.notification;

import cn.supervisiontalk.deadline.Deadlines;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notice to a person: kept in the notification table, and mailed when a mail server is
 * configured (spring.mail.host) and the person has an address. A mail failure is logged and does
 * not stop the process.
 */
@Component
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final ObjectProvider<JavaMailSender> mail;
  private final Deadlines deadlines;
  private final String from;

  public Notifier(JdbcClient jdbc, @Lazy IdentityService identity,
      ObjectProvider<JavaMailSender> mail, Deadlines deadlines,
      @Value("${supervision-talk.mail.from}") String from) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.mail = mail;
    this.deadlines = deadlines;
    this.from = from;
  }

  public void send(String recipientId, String talkId, String subject, String body) {
    boolean mailed = mail(recipientId, subject, body);
    jdbc.sql("""
        insert into notification (recipient_id, talk_id, subject, body, sent_by_mail, created_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(recipientId, talkId, subject, body, mailed, deadlines.now())
        .update();
  }

  private boolean mail(String recipientId, String subject, String body) {
    JavaMailSender sender = mail.getIfAvailable();
    User user = identity.createUserQuery().userId(recipientId).singleResult();
    if (sender == null || user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(user.getEmail());
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
      return true;
    } catch (MailException e) {
      LOG.warn("提醒邮件发送失败({}): {}", user.getEmail(), e.getMessage());
      return false;
    }
  }
}
