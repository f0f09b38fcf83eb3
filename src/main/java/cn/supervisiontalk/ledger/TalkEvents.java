package cn.supervisiontalk.ledger;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records of a talk no other part of the application reads back one by one: the escalations
 * (督办, talk_escalation) and the reminders sent about it (notification). Read from the
 * application's own tables, kept for good.
 */
@Repository
class TalkEvents {

  /** What the office or the discipline body did about an overdue step (article 17). */
  record Escalation(String stage, String action, String actedBy, OffsetDateTime actedAt) {
  }

  /** A reminder or notice sent to a person about the talk. */
  record Reminder(String recipientId, String subject, OffsetDateTime createdAt) {
  }

  private final JdbcClient jdbc;
  /** Opens the escalation's action, encrypted when a key is set. */
  private final ConfidentialText text;

  TalkEvents(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  List<Escalation> escalations(String talkId) {
    return jdbc.sql("""
        select stage, action, acted_by, acted_at from talk_escalation
        where talk_id = ? order by acted_at, id""")
        .param(talkId).query(text.rows(Escalation.class)).list();
  }

  List<Reminder> reminders(String talkId) {
    return jdbc.sql("""
        select recipient_id, subject, created_at from notification
        where talk_id = ? order by created_at, id""")
        .param(talkId).query(new DataClassRowMapper<>(Reminder.class)).list();
  }
}
