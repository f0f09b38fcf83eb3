package cn.supervisiontalk.document;

import static cn.supervisiontalk.document.DocumentValues.day;
import static cn.supervisiontalk.document.DocumentValues.paragraphs;
import static cn.supervisiontalk.document.DocumentValues.text;

import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.archive.ArchiveText;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.rectification.TeamNoticeRepository;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.talk.TalkType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The values of the archive (documents/archive.docx, article 12) from the archive record as its
 * reader may read it ({@code ArchiveAccess}): the talk and its record, the units' material the
 * reader may see, measures, results, reviews, findings, the remark and the units it was copied to;
 * for the office, the talker and the talkee also whether the talkee informed his own team.
 */
@Component
class ArchiveValues {

  /** The office's decisions in a review, as the archive text names them. */
  private static final Map<String, String> DECISIONS = Map.of(
      "ACCEPT", "通过", "RETURN", "退回", "RECTIFIED", "整改到位",
      "PERFUNCTORY", "敷衍整改", "FALSE_RECTIFICATION", "虚假整改", "UNTRUTHFUL", "未如实报告整改情况");
  private static final Map<String, String> STAGES = Map.of("MEASURES", "整改措施", "RESULTS", "整改情况");

  private final Directory directory;
  private final TeamNoticeRepository teamNotices;
  private final ArchiveText archiveText;
  private final ZoneId zone;

  ArchiveValues(Directory directory, TeamNoticeRepository teamNotices, ArchiveText archiveText,
      Deadlines deadlines) {
    this.directory = directory;
    this.teamNotices = teamNotices;
    this.archiveText = archiveText;
    this.zone = deadlines.zone();
  }

  /** The values of the archive as this reader sees it; the team notice only when told so. */
  Map<String, Object> of(ArchiveRecord archive, boolean withTeamNotice, String committeeId) {
    Parties p = archive.parties();
    Map<String, Object> record = archive.content().talkRecord();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("organizationName", p.organizationName());
    values.put("talkType", talkType(p.talkType()));
    values.put("talkeeName", p.talkeeName());
    values.put("talkerName", p.talkerName());
    values.put("plannedTalkDate", day(p.plannedTalkDate()));
    values.put("talkDate", day(p.talkDate()));
    values.put("attendees", text(p.attendees()));
    values.put("archivedOn", day(archive.archiving().archivedAt(), zone));
    values.put("archivedBy", archive.archiving().archivedBy() == null ? ""
        : directory.userName(archive.archiving().archivedBy()));
    values.put("timely", record.get("triggerLabel") != null);
    values.put("triggerLabel", text(record.get("triggerLabel")));
    values.put("hasFacts", record.get("facts") != null);
    values.put("facts", paragraphs(record.get("facts")));
    values.put("hasEvidence", record.get("evidence") != null);
    values.put("evidence", paragraphs(record.get("evidence")));
    values.putAll(TalkRecordValues.fiveSteps(record));
    values.put("materials", materials(archive.content().materials()));
    List<Map<String, Object>> attachments = attachments(archive);
    values.put("attachments", attachments);
    values.put("noAttachments", attachments.isEmpty());
    values.put("noMaterials", archive.content().materials().isEmpty());
    rectification(archive, withTeamNotice, values);
    String remark = archive.archiving().remark();
    values.put("hasRemark", remark != null && !remark.isBlank());
    values.put("remark", paragraphs(remark));
    values.put("copiedTo", String.join("、", archive.archiving().copiedTo().stream()
        .map(unit -> directory.unitName(committeeId, unit)).toList()));
    values.put("officeName", directory.unitName(committeeId, Roles.OFFICE));
    return values;
  }

  private void rectification(ArchiveRecord archive, boolean withTeamNotice, Map<String, Object> values) {
    Rectification x = archive.rectification();
    values.put("measuresDue", day(x.measuresDue(), zone));
    values.put("measuresSubmittedOn", day(x.measuresSubmittedAt(), zone));
    values.put("reflections", paragraphs(x.reflections()));
    List<Map<String, Object>> measures = new ArrayList<>();
    for (Map<String, Object> m : x.measures()) {
      measures.add(Map.of("no", measures.size() + 1, "content", text(m.get("content")),
          "firstResponsibility", Boolean.TRUE.equals(m.get("firstResponsibility"))));
    }
    values.put("measures", measures);
    boolean firstResponsibility = measures.stream().anyMatch(m -> (Boolean) m.get("firstResponsibility"));
    values.put("teamNotice", withTeamNotice && firstResponsibility);
    values.put("teamNoticeText", withTeamNotice && firstResponsibility
        ? teamNotices.describe(archive.talkId()) : "");
    values.put("resultsDue", day(x.resultsDue(), zone));
    values.put("resultsSubmittedOn", day(x.resultsSubmittedAt(), zone));
    values.put("results", paragraphs(x.results()));
    values.put("reviews", reviews(x.reviews()));
    values.put("outcome", DECISIONS.getOrDefault(String.valueOf(x.outcome()), DocumentValues.NONE));
    List<Map<String, Object>> findings = findings(x);
    values.put("findings", findings);
    values.put("noFindings", findings.isEmpty());
  }

  /** The attachments kept with the parts this reader's archive carries, numbered. */
  private List<Map<String, Object>> attachments(ArchiveRecord archive) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (String line : archiveText.attachmentLines(archive)) {
      items.add(Map.of("no", items.size() + 1, "text", line));
    }
    return items;
  }

  private List<Map<String, Object>> materials(List<Map<String, Object>> materials) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> m : materials) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("unitName", text(m.get("unitName")));
      item.put("material", text(m.get("material")));
      item.put("hasAttendee", m.get("attendeeName") != null);
      item.put("attendeeName", text(m.get("attendeeName")));
      items.add(item);
    }
    return items;
  }

  private List<Map<String, Object>> reviews(List<Map<String, Object>> reviews) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> r : reviews) {
      Object reviewer = r.get("reviewerId");
      rows.add(Map.of(
          "stage", STAGES.getOrDefault(String.valueOf(r.get("stage")), text(r.get("stage"))),
          "decision", DECISIONS.getOrDefault(String.valueOf(r.get("decision")), text(r.get("decision"))),
          "comment", text(r.get("comment")),
          "reviewer", reviewer == null ? "" : directory.userName(String.valueOf(reviewer)),
          "reviewedOn", reviewedOn(r.get("reviewedAt"))));
    }
    return rows;
  }

  /** The day of a review, kept in the archive as the time's text (2027-03-30T10:00+08:00). */
  private String reviewedOn(Object reviewedAt) {
    if (reviewedAt == null) {
      return DocumentValues.NONE;
    }
    try {
      return day(OffsetDateTime.parse(String.valueOf(reviewedAt)), zone);
    } catch (DateTimeParseException e) {
      return String.valueOf(reviewedAt);
    }
  }

  /** What the review found (perfunctory, false, untruthful) and the deadlines missed (article 17). */
  private static List<Map<String, Object>> findings(Rectification x) {
    List<String> found = new ArrayList<>();
    if (x.outcome() != null && !"RECTIFIED".equals(x.outcome())) {
      found.add(label(x.outcome()));
    }
    x.missedDeadlines().forEach(code -> found.add(label(code)));
    return DocumentValues.numbered(found);
  }

  private static String label(String code) {
    return Arrays.stream(AccountabilityKind.values()).filter(k -> k.name().equals(code)).findFirst()
        .map(AccountabilityKind::label).orElse(code);
  }

  private static String talkType(String code) {
    return Arrays.stream(TalkType.values()).filter(t -> t.name().equals(code)).findFirst()
        .map(TalkType::label).orElse(text(code));
  }
}
