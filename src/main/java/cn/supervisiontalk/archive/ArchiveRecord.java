package cn.supervisiontalk.archive;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything kept of one talk (article 12): who talked to whom and when, the talk record and the
 * units' material, the rectification with its deadlines and reviews, and the archiving with the
 * units it was copied to. Read as one flat object in /api/archives.
 */
public record ArchiveRecord(
    String talkId,
    @JsonUnwrapped Parties parties,
    @JsonUnwrapped Content content,
    @JsonUnwrapped Rectification rectification,
    @JsonUnwrapped Archiving archiving) {

  /** The talk's parties and dates. */
  public record Parties(
      String talkType,
      String organizationId,
      String organizationName,
      String talkeeId,
      String talkeeName,
      String talkerId,
      String talkerName,
      LocalDate plannedTalkDate,
      LocalDate talkDate,
      String attendees) {
  }

  /** The record of the talk and the material the cooperating units supplied. */
  public record Content(
      Map<String, Object> talkRecord,
      List<Map<String, Object>> materials) {
  }

  /** The measures and results with their deadlines, the office's reviews and the outcome. */
  public record Rectification(
      String reflections,
      List<Map<String, Object>> measures,
      OffsetDateTime measuresDue,
      OffsetDateTime measuresSubmittedAt,
      String results,
      OffsetDateTime resultsDue,
      OffsetDateTime resultsSubmittedAt,
      String outcome,
      List<Map<String, Object>> reviews,
      List<String> missedDeadlines) {
  }

  /** The office's remark, who archived the talk and when, and the units it was copied to. */
  public record Archiving(
      String remark,
      String archivedBy,
      OffsetDateTime archivedAt,
      List<String> copiedTo) {
  }

  /** The same record with only these parts of the talk record and these materials. */
  public ArchiveRecord withParts(Map<String, Object> talkRecord, List<Map<String, Object>> materials) {
    return new ArchiveRecord(talkId, parties, new Content(talkRecord, materials), rectification,
        archiving);
  }
}
