package cn.supervisiontalk.rectification;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How the talkee informed the other members of his own leadership team of his measures on
 * first-responsibility duties (article 11): when, how, and who recorded it. One per talk; the office
 * reads it in the archive text ({@link #describe}).
 */
@Repository
public class TeamNoticeRepository {

  /** How the team was informed, as the form's options name it. */
  public static final Map<String, String> MANNERS = Map.of(
      "STANDING_COMMITTEE", "常委会会议",
      "TEAM_MEETING", "班子会议",
      "WRITTEN", "书面通报",
      "OTHER", "其他方式");

  /** The talkee's record of the notice. */
  public record TeamNotice(String talkId, LocalDate informedOn, String informedHow, String note,
      String recordedBy, OffsetDateTime recordedAt) {

    /** The manner as people read it. */
    public String manner() {
      return MANNERS.getOrDefault(informedHow, informedHow);
    }
  }

  private final JdbcClient jdbc;
  /** The note is encrypted when a key is set. */
  private final ConfidentialText text;
  private final RowMapper<TeamNotice> notices;

  public TeamNoticeRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.notices = text.rows(TeamNotice.class);
  }

  public void save(TeamNotice notice) {
    jdbc.sql("""
        insert into talk_team_notice (talk_id, informed_on, informed_how, note, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(notice.talkId(), notice.informedOn(), notice.informedHow(), text.seal(notice.note()),
            notice.recordedBy(), notice.recordedAt())
        .update();
  }

  public Optional<TeamNotice> findByTalk(String talkId) {
    return jdbc.sql("""
        select talk_id, informed_on, informed_how, note, recorded_by, recorded_at
        from talk_team_notice where talk_id = ?""")
        .param(talkId).query(notices).optional();
  }

  /**
   * Whether and how the team was informed, as one sentence for the office, e.g.
   * 「2027年2月5日以常委会会议方式通报(备注)」, or 「尚未通报」.
   */
  public String describe(String talkId) {
    return findByTalk(talkId).map(n -> n.informedOn().getYear() + "年" + n.informedOn().getMonthValue()
        + "月" + n.informedOn().getDayOfMonth() + "日以" + n.manner() + "方式通报"
        + (n.note() == null || n.note().isBlank() ? "" : "(" + n.note() + ")"))
        .orElse("尚未通报");
  }
}
