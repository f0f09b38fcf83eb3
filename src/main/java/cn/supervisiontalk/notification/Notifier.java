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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a notice to a person: kept in the notification table (the person's notice list) in the
 * caller's transaction, and mailed when a mail server is configured (spring.mail.host) and the
 * person has an address. The mail leaves only once that transaction has committed, so work that is
 * rolled back mails nobody; sent_by_mail is then set. A mail failure is logged and does not stop
 * the process.
 */
@Component
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final ObjectProvider<JavaMailSender> mail;
  private final Deadlines deadlines;
  private final String from;
  private final TransactionTemplate ownTransaction;

  public Notifier(JdbcClient jdbc, @Lazy IdentityService identity,
      ObjectProvider<JavaMailSender> mail, Deadlines deadlines,
      @Value("${supervision-talk.mail.from}") String from, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.identity = identity;
    this.mail = mail;
    this.deadlines = deadlines;
    this.from = from;
  }

  /** A reminder about the talk (kept in its timeline). */
  public void send(String recipientId, String talkId, String subject, String body) {
    send(new Notice(recipientId, NoticeKind.REMINDER, talkId, null, subject, body));
  }

  /** Keeps the notice in the person's list and mails it when mail is on. */
  public void send(Notice notice) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into notification (recipient_id, kind, talk_id, task_id, subject, body, sent_by_mail,
          created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(notice.recipientId(), notice.kind().name(), notice.talkId(), notice.taskId(),
            notice.subject(), notice.body(), false, deadlines.now())
        .update(key, "id");
    SimpleMailMessage message = message(notice);
    if (message == null) {
      return;
    }
    long id = key.getKey().longValue();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          mail(id, message);
        }
      });
    } else {
      mail(id, message);
    }
  }

  /** The mail for the notice; none without a mail server or an address. */
  private SimpleMailMessage message(Notice notice) {
    if (mail.getIfAvailable() == null) {
      return null;
    }
    User user = identity.createUserQuery().userId(notice.recipientId()).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      return null;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(user.getEmail());
    message.setSubject(notice.subject());
    message.setText(notice.body());
    return message;
  }

  private void mail(long id, SimpleMailMessage message) {
    try {
      mail.getObject().send(message);
      // after the caller's commit: in a transaction of its own (see TransactionSynchronization#afterCommit)
      ownTransaction.executeWithoutResult(status ->
          jdbc.sql("update notification set sent_by_mail = ? where id = ?").params(true, id).update());
    } catch (MailException e) {
      LOG.warn("通知邮件发送失败({}): {}", String.join(",", message.getTo()), e.getMessage());
    }
  }
}
