package cn.supervisiontalk.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One talk as the ledger reads it from the talk table: who, which kind, when planned and held,
 * where it stands, the rectification deadline the talkee works to and whether the open step is
 * overdue ({@link LedgerSql}).
 */
record TalkHead(
    String id,
    String talkType,
    String organizationId,
    String organizationName,
    String talkeeId,
    String talkeeName,
    String talkerId,
    String talkerName,
    LocalDate plannedTalkDate,
    LocalDate talkDate,
    String stage,
    String triggerCode,
    String startedBy,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    OffsetDateTime rectificationDue,
    boolean overdue,
    String committeeId) {

  boolean inPreparation() {
    return "PREPARATION".equals(stage);
  }

  boolean archived() {
    return "ARCHIVED".equals(stage);
  }

  boolean cancelled() {
    return "CANCELLED".equals(stage);
  }

  boolean timely() {
    return "TIMELY".equals(talkType);
  }
}
