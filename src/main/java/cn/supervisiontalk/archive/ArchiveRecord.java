package cn.supervisiontalk.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything kept of one talk (article 12): the talk record, the units' material, the measures and
 * results with their deadlines, every review, the outcome, missed deadlines and who it was copied to.
 */
public record ArchiveRecord(
    String talkId,
    String talkType,
    String organizationId,
    String organizationName,
    String talkeeId,
    String talkeeName,
    String talkerId,
    String talkerName,
    LocalDate plannedTalkDate,
    LocalDate talkDate,
    String attendees,
    Map<String, Object> talkRecord,
    List<Map<String, Object>> materials,
    String reflections,
    List<Map<String, Object>> measures,
    OffsetDateTime measuresDue,
    OffsetDateTime measuresSubmittedAt,
    String results,
    OffsetDateTime resultsDue,
    OffsetDateTime resultsSubmittedAt,
    String outcome,
    List<Map<String, Object>> reviews,
    List<String> missedDeadlines,
    String remark,
    String archivedBy,
    OffsetDateTime archivedAt,
    List<String> copiedTo) {
}
