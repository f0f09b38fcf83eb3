package cn.supervisiontalk.archive;

import cn.supervisiontalk.archive.ArchiveRecord.Archiving;
import cn.supervisiontalk.archive.ArchiveRecord.Content;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.rectification.ReviewRepository;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.talk.TalkParts.Measures;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.talk.Trigger;
import cn.supervisiontalk.validation.Lines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Archives a talk (article 12): gathers the talk record, the units' material, measures, results,
 * reviews and missed deadlines from the talk's record into one archive record, and names the units
 * it is copied to: those of the decision table copy-recipients.dmn (article 12: the holding
 * committee's discipline body and organization department) and those the office picked. As
 * {@code talkArchiver} in the models.
 */
@Component("talkArchiver")
public class TalkArchiver implements JavaDelegate {

  static final List<String> EXTRA_RECIPIENTS =
      List.of("propaganda", "inspection", "audit", "leadershipMember");

  private final ArchiveRepository archives;
  private final TalkRecords talks;
  private final MaterialRepository materials;
  private final ReviewRepository reviews;
  private final AccountabilityRepository accountability;
  private final Directory directory;
  private final Deadlines deadlines;

  public TalkArchiver(ArchiveRepository archives, TalkRecords talks, MaterialRepository materials,
      ReviewRepository reviews, AccountabilityRepository accountability, Directory directory,
      Deadlines deadlines) {
    this.archives = archives;
    this.talks = talks;
    this.materials = materials;
    this.reviews = reviews;
    this.accountability = accountability;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArchiveRecord record = build(TalkVariables.talkId(execution), recipients(
        TalkVariables.strings(execution, TalkVariables.COPY_RECIPIENTS),
        TalkVariables.strings(execution, TalkVariables.COPY_TO_EXTRA)),
        (String) TalkVariables.raw(execution, ARCHIVED_BY));
    archives.insert(record);
    talks.archived(record.talkId(), record.archiving().archivedAt());
    execution.setVariable(TalkVariables.COPY_RECIPIENTS, record.archiving().copiedTo());
  }

  static final String ARCHIVED_BY = "archivedBy";

  /** The archive record of the talk as it stands now, also shown to the office before archiving. */
  public ArchiveRecord build(String talkId, List<String> copiedTo, String archivedBy) {
    Talk talk = talks.get(talkId);
    Measures measures = talks.measures(talkId);
    return new ArchiveRecord(
        talkId,
        new Parties(talk.talkType().name(), talk.organizationId(), talk.organizationName(),
            talk.talkeeId(), talk.talkeeName(), talk.talkerId(), talk.talkerName(),
            talk.plannedTalkDate(), talk.talkDate(), talks.notes(talkId).attendees()),
        new Content(talkRecord(talk), materialList(talkId)),
        new Rectification(
            measures.reflections(),
            measureList(measures),
            talk.measuresDue(),
            talk.measuresSubmittedAt(),
            talks.results(talkId).results(),
            talk.resultsDue(),
            talk.resultsSubmittedAt(),
            talk.outcome(),
            reviewList(talkId),
            accountability.findByTalk(talkId).stream()
                .map(a -> a.kind().name())
                .filter(kind -> kind.endsWith("_OVERDUE"))
                .toList()),
        new Archiving(talks.archiveRemark(talkId), archivedBy, deadlines.now(),
            copiedTo));
  }

  private List<Map<String, Object>> materialList(String talkId) {
    String committee = talks.committeeOf(talkId).orElse(null);
    return materials.findByTalk(talkId).stream().map(m -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("unit", m.unit());
      item.put("unitName", directory.unitName(committee, m.unit()));
      item.put("material", m.text());
      item.put("attendeeId", m.attendeeId());
      item.put("attendeeName", m.attendeeId() == null ? null : directory.userName(m.attendeeId()));
      return item;
    }).toList();
  }

  private List<Map<String, Object>> reviewList(String talkId) {
    return reviews.findByTalk(talkId).stream().map(r -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("stage", r.stage().name());
      item.put("decision", r.decision());
      item.put("comment", r.comment());
      item.put("reviewerId", r.reviewerId());
      item.put("reviewedAt", r.reviewedAt().toString());
      return item;
    }).toList();
  }

  private Map<String, Object> talkRecord(Talk talk) {
    Notes notes = talks.notes(talk.id());
    Grounds grounds = talks.grounds(talk.id());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("selfInspectionHeard", notes.selfInspectionHeard());
    record.put("problems", Lines.of(notes.problems()));
    record.put("explanation", notes.explanation());
    record.put("requirements", Lines.of(notes.requirements()));
    record.put("commitment", notes.commitment());
    record.put("selfInspectionReport", talks.selfInspection(talk.id()).selfInspectionReport());
    record.put("preparationIssues", talks.preparation(talk.id()).preparationIssues());
    if (grounds.triggerCode() != null) {
      Trigger trigger = Trigger.of(grounds.triggerCode());
      record.put("trigger", grounds.triggerCode());
      record.put("triggerLabel", trigger == null ? grounds.triggerCode() : trigger.label());
      record.put("facts", grounds.facts());
      if (grounds.evidence() != null) {
        record.put("evidence", grounds.evidence());
      }
    }
    if (talk.proposalId() != null) {
      record.put("proposalId", talk.proposalId());
    }
    return record;
  }

  private static List<Map<String, Object>> measureList(Measures measures) {
    List<Map<String, Object>> list = new ArrayList<>();
    Lines.of(measures.firstResponsibilityMeasures()).forEach(m -> list.add(measure(m, true)));
    Lines.of(measures.otherMeasures()).forEach(m -> list.add(measure(m, false)));
    return list;
  }

  private static Map<String, Object> measure(String content, boolean firstResponsibility) {
    Map<String, Object> measure = new LinkedHashMap<>();
    measure.put("content", content);
    measure.put("firstResponsibility", firstResponsibility);
    return measure;
  }

  /** The units of the decision table (copy-recipients.dmn), then those the office picked. */
  private static List<String> recipients(List<String> required, List<String> copyToExtra) {
    List<String> recipients = new ArrayList<>(required);
    for (String extra : copyToExtra) {
      if (EXTRA_RECIPIENTS.contains(extra) && !recipients.contains(extra)) {
        recipients.add(extra);
      }
    }
    return recipients;
  }
}
