package cn.supervisiontalk.attachment;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table talk_attachment (V13): the files and their bytes. */
@Repository
class AttachmentRepository {

  /** The file's columns and its uploader's name (Camunda's user: surname and given name). */
  private static final String COLUMNS = "a.id, a.talk_id, a.task_id, a.task_key, a.part, a.unit,"
      + " a.file_name, a.content_type, a.size_bytes, a.sha256, a.uploaded_by, a.uploaded_at,"
      + " u.FIRST_ as uploader_surname, u.LAST_ as uploader_given_name"
      + " from talk_attachment a left join ACT_ID_USER u on u.ID_ = a.uploaded_by";

  private final JdbcClient jdbc;
  /** The file's bytes are encrypted when a key is set; name, type, size and hash are not. */
  private final ConfidentialText text;

  AttachmentRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  /** Stores a file; returns its number. */
  long insert(TaskPlace place, String fileName, FileKind kind, byte[] content, String sha256,
      String uploadedBy, OffsetDateTime uploadedAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into talk_attachment (talk_id, task_id, task_key, part, unit, file_name,
          content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
        values (:talk, :task, :key, :part, :unit, :name, :type, :size, :sha, :content, :by, :at)""")
        .param("talk", place.talkId()).param("task", place.taskId()).param("key", place.taskKey())
        .param("part", place.part().name()).param("unit", place.unit()).param("name", fileName)
        .param("type", kind.contentType()).param("size", (long) content.length)
        .param("sha", sha256).param("content", text.seal(content)).param("by", uploadedBy)
        .param("at", uploadedAt)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  List<Attachment> ofTask(String taskId) {
    return jdbc.sql("select " + COLUMNS + " where a.task_id = :task order by a.id")
        .param("task", taskId).query(AttachmentRepository::row).list();
  }

  List<Attachment> ofTalk(String talkId) {
    return jdbc.sql("select " + COLUMNS + " where a.talk_id = :talk order by a.id")
        .param("talk", talkId).query(AttachmentRepository::row).list();
  }

  Optional<Attachment> find(long id) {
    return jdbc.sql("select " + COLUMNS + " where a.id = :id")
        .param("id", id).query(AttachmentRepository::row).optional();
  }

  byte[] content(long id) {
    return text.open(jdbc.sql("select content from talk_attachment where id = :id").param("id", id)
        .query((rs, row) -> rs.getBytes(1)).single());
  }

  void delete(long id) {
    jdbc.sql("delete from talk_attachment where id = :id").param("id", id).update();
  }

  private static Attachment row(ResultSet rs, int row) throws SQLException {
    AttachmentPart part = AttachmentPart.valueOf(rs.getString("part"));
    return new Attachment(rs.getLong("id"), rs.getString("talk_id"), rs.getString("task_id"),
        rs.getString("task_key"), part, part.label(), rs.getString("unit"),
        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
        rs.getString("sha256"), rs.getString("uploaded_by"), name(rs),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }

  /** 「李建国」; the user id when the user is not (or no longer) in Camunda's identity tables. */
  private static String name(ResultSet rs) throws SQLException {
    String surname = rs.getString("uploader_surname");
    String given = rs.getString("uploader_given_name");
    String name = (surname == null ? "" : surname.strip()) + (given == null ? "" : given.strip());
    return name.isEmpty() ? rs.getString("uploaded_by") : name;
  }
}
