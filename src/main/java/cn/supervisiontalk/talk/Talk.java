package cn.supervisiontalk.talk;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A talk as its record knows it: who, which kind, when planned and held, where it stands. Its
 * written parts are read separately ({@link TalkRecords}), each by those who may read it.
 */
public record Talk(
    String id,
    TalkType talkType,
    String organizationId,
    String organizationName,
    String organizationKind,
    String talkeeId,
    String talkeeName,
    String talkerId,
    String talkerName,
    Integer planYear,
    LocalDate plannedTalkDate,
    String planItemId,
    String proposalId,
    String triggerCode,
    OffsetDateTime startedAt,
    TalkStage stage,
    LocalDate talkDate,
    OffsetDateTime measuresDue,
    OffsetDateTime resultsDue,
    OffsetDateTime measuresSubmittedAt,
    OffsetDateTime resultsSubmittedAt,
    String outcome,
    OffsetDateTime endedAt,
    boolean cancelled) {

  public boolean held() {
    return talkDate != null;
  }

  public boolean heldIn(int year) {
    return talkDate != null && talkDate.getYear() == year;
  }

  /** The day the talk was started, in the committee's time zone. */
  public LocalDate startedOn(java.time.ZoneId zone) {
    return startedAt.atZoneSameInstant(zone).toLocalDate();
  }
}
