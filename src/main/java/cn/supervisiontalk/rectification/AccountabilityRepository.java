package cn.supervisiontalk.rectification;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accountability records, at most one per talk and kind (constraint {@code accountability_once}). */
@Repository
public class AccountabilityRepository {

  private static final String COLUMNS = "id, talk_id, talkee_id, kind, detail, created_at";

  private final JdbcClient jdbc;
  /** The finding's detail is encrypted when a key is set. */
  private final ConfidentialText text;
  private final RowMapper<AccountabilityRecord> records;

  public AccountabilityRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.records = text.rows(AccountabilityRecord.class);
  }

  /**
   * Records the fact once per talk and kind; false when it was already recorded. One statement that
   * inserts only when absent, so a repeat never fails the engine's transaction; the unique
   * constraint guards against concurrent inserts.
   */
  public boolean insertOnce(String talkId, String talkeeId, AccountabilityKind kind, String detail,
      OffsetDateTime at) {
    return jdbc.sql("""
        insert into accountability_record (talk_id, talkee_id, kind, detail, created_at)
        select cast(? as varchar(64)), cast(? as varchar(64)), cast(? as varchar(32)),
          cast(? as text), cast(? as timestamp with time zone)
        where not exists (select 1 from accountability_record where talk_id = ? and kind = ?)""")
        .params(talkId, talkeeId, kind.name(), text.seal(detail), at, talkId, kind.name())
        .update() > 0;
  }

  public List<AccountabilityRecord> findByTalk(String talkId) {
    return jdbc.sql("select " + COLUMNS + " from accountability_record where talk_id = ? order by id")
        .param(talkId).query(records).list();
  }

  public List<AccountabilityRecord> findAll() {
    return jdbc.sql("select " + COLUMNS + " from accountability_record order by id")
        .query(records).list();
  }
}
