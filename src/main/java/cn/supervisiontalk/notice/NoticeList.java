package cn.supervisiontalk.notice;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's notices (table notification), newest first; read and marked read only by their
 * recipient: every statement is bound to the recipient's id.
 */
@Repository
public class NoticeList {

  /** One notice as the list shows it. */
  public record Row(long id, String kind, String talkId, String taskId, String subject,
      String body, OffsetDateTime createdAt, OffsetDateTime readAt) {
  }

  private final JdbcClient jdbc;

  public NoticeList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> page(String recipientId, long offset, int size) {
    return jdbc.sql("""
        select id, kind, talk_id, task_id, subject, body, created_at, read_at from notification
        where recipient_id = ? order by id desc limit ? offset ?""")
        .params(recipientId, size, offset)
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("talk_id"),
            rs.getString("task_id"), rs.getString("subject"), rs.getString("body"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("read_at", OffsetDateTime.class)))
        .list();
  }

  public long count(String recipientId) {
    return jdbc.sql("select count(*) from notification where recipient_id = ?")
        .param(recipientId).query(Long.class).single();
  }

  public long unread(String recipientId) {
    return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
        .param(recipientId).query(Long.class).single();
  }

  /** Whether the notice exists and is the recipient's. */
  public boolean owns(String recipientId, long id) {
    return jdbc.sql("select count(*) from notification where id = ? and recipient_id = ?")
        .params(id, recipientId).query(Long.class).single() > 0;
  }

  public void markRead(String recipientId, long id, OffsetDateTime at) {
    jdbc.sql("update notification set read_at = ? where id = ? and recipient_id = ? and read_at is null")
        .params(at, id, recipientId).update();
  }

  public int markAllRead(String recipientId, OffsetDateTime at) {
    return jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
        .params(at, recipientId).update();
  }
}
