package cn.supervisiontalk.history;

import java.time.LocalDate;

/**
 * One talk as its record knows it: who, when planned, when held (null while not held),
 * and for a planned talk its plan item, for a timely talk its trigger.
 */
public record TalkInstance(
    String talkId,
    String processKey,
    String organizationId,
    String talkeeId,
    String talkerId,
    LocalDate plannedTalkDate,
    LocalDate talkDate,
    String planItemId,
    String trigger,
    LocalDate started,
    boolean cancelled) {

  public boolean held() {
    return talkDate != null;
  }

  public boolean heldIn(int year) {
    return talkDate != null && talkDate.getYear() == year;
  }
}
