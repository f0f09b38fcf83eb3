package cn.supervisiontalk.report;

import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/** The rectification of each talk, as the talk's record keeps it. */
@Component
public class RectificationHistory {

  /** One talk's rectification: deadlines, when handed in, and the review outcome. */
  public record Entry(String talkId, LocalDate talkDate, Date measuresDue, Date measuresSubmittedAt,
      Date resultsDue, Date resultsSubmittedAt, String outcome) {
  }

  private final TalkRecords talks;

  public RectificationHistory(TalkRecords talks) {
    this.talks = talks;
  }

  /** The rectifications of talks held in the year, cancelled ones left out. */
  public List<Entry> ofTalksHeldIn(int year) {
    return talks.all().stream()
        .filter(t -> !t.cancelled() && t.heldIn(year))
        .map(RectificationHistory::entry)
        .toList();
  }

  private static Entry entry(Talk talk) {
    return new Entry(talk.id(), talk.talkDate(), date(talk.measuresDue()),
        date(talk.measuresSubmittedAt()), date(talk.resultsDue()), date(talk.resultsSubmittedAt()),
        talk.outcome());
  }

  private static Date date(OffsetDateTime time) {
    return time == null ? null : Date.from(time.toInstant());
  }
}
