package cn.supervisiontalk.notice;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.notification.Notice;
import cn.supervisiontalk.notification.NoticeKind;
import cn.supervisiontalk.notification.Notifier;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.talk.Material;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.talk.Talk;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 谈话通知: the office sets the talk's date, time and place (kept in talk_notice, the latest row
 * current) and the talkee, the talker and the people the units send to the talk are told. The
 * notice says only the organization, the talkee, the time and the place.
 */
@Service
public class TalkNotices {

  /** The talk's time and place as last set. */
  public record Setting(OffsetDateTime talkTime, String place, String setBy, OffsetDateTime setAt) {
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final JdbcClient jdbc;
  private final MaterialRepository materials;
  private final Notifier notifier;
  private final Directory directory;
  private final Deadlines deadlines;

  public TalkNotices(JdbcClient jdbc, MaterialRepository materials, Notifier notifier,
      Directory directory, Deadlines deadlines) {
    this.jdbc = jdbc;
    this.materials = materials;
    this.notifier = notifier;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  /** Records the setting and notifies; the recipients, in order. */
  @Transactional
  public Set<String> announce(Talk talk, LocalDateTime time, String place, String setBy) {
    OffsetDateTime at = time.atZone(deadlines.zone()).toOffsetDateTime();
    boolean changed = current(talk.id()).isPresent();
    jdbc.sql("""
        insert into talk_notice (talk_id, talk_time, place, set_by, set_at) values (?, ?, ?, ?, ?)""")
        .params(talk.id(), at, place, setBy, deadlines.now()).update();
    String subject = (changed ? "谈话通知(变更): " : "谈话通知: ") + talk.organizationName()
        + talk.talkeeName() + "同志监督谈话定于" + TIME.format(time);
    Set<String> recipients = recipients(talk);
    for (String recipient : recipients) {
      String body = directory.userName(recipient) + "同志:\n\n"
          + (changed ? "监督谈话的时间、地点已变更。" : "")
          + "对" + talk.organizationName() + talk.talkeeName() + "同志的监督谈话定于"
          + TIME.format(time) + "在" + place + "进行,请准时参加。";
      notifier.send(new Notice(recipient, NoticeKind.TALK_NOTICE, talk.id(), null, subject, body));
    }
    return recipients;
  }

  public Optional<Setting> current(String talkId) {
    return jdbc.sql("""
        select talk_time, place, set_by, set_at from talk_notice where talk_id = ?
        order by id desc limit 1""")
        .param(talkId)
        .query((rs, n) -> new Setting(rs.getObject("talk_time", OffsetDateTime.class),
            rs.getString("place"), rs.getString("set_by"), rs.getObject("set_at", OffsetDateTime.class)))
        .optional();
  }

  /** The talkee, the talker and each unit's attendee (units the office stopped waiting for send none). */
  private Set<String> recipients(Talk talk) {
    Set<String> recipients = new LinkedHashSet<>();
    recipients.add(talk.talkeeId());
    recipients.add(talk.talkerId());
    for (Material material : materials.findByTalk(talk.id())) {
      if (material.attendeeId() != null && !material.attendeeId().isBlank()) {
        recipients.add(material.attendeeId());
      }
    }
    return recipients;
  }
}
