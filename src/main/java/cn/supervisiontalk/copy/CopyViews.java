package cn.supervisiontalk.copy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The copies as /api/copies shows them. */
public final class CopyViews {

  private CopyViews() {
  }

  /** One part of one talk as one unit received it: a line of the list. */
  public record ReceivedCopy(
      String talkId,
      String part,
      String partName,
      String recipientGroup,
      String recipientName,
      String organizationShortName,
      String talkeeName,
      OffsetDateTime copiedAt,
      String readBy,
      String readByName,
      OffsetDateTime readAt) {
  }

  /** A talk with the parts copied so far: who, with whom, when, and each part as copied. */
  public record CopiedTalk(
      String talkId,
      String organizationName,
      String organizationShortName,
      String talkeeName,
      String talkerName,
      LocalDate talkDate,
      List<Part> parts) {
  }

  /** One part as copied, and the units it went to with who read it when. */
  public record Part(
      String part,
      String partName,
      OffsetDateTime copiedAt,
      Map<String, Object> content,
      List<Recipient> recipients) {
  }

  /** A unit a part was copied to; who of it read the part, when (null until read). */
  public record Recipient(
      String recipientGroup,
      String recipientName,
      String readBy,
      String readByName,
      OffsetDateTime readAt) {
  }
}
