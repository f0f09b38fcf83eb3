package cn.supervisiontalk.archive;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.rectification.ReviewRepository;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.validation.JsonValues;
import cn.supervisiontalk.validation.Lines;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Archives a talk (article 12): gathers the talk record, the units' material, measures, results,
 * reviews and missed deadlines into one archive record, and names the units it is copied to: the
 * discipline commission (or the dispatched group where the talkee's organization has one), the
 * organization department and the units the office picked. As {@code talkArchiver} in the models.
 */
@Component("talkArchiver")
public class TalkArchiver implements JavaDelegate {

  private static final List<String> CONFIDENTIAL = List.of(
      "selfInspectionReport", "preparationIssues", "facts", "evidence");

  static final List<String> EXTRA_RECIPIENTS =
      List.of("propaganda", "inspection", "audit", "leadershipMember");

  private final ArchiveRepository archives;
  private final MaterialRepository materials;
  private final ReviewRepository reviews;
  private final AccountabilityRepository accountability;
  private final Directory directory;
  private final Deadlines deadlines;
  private final HistoryService history;

  private final EngineWork engineWork;

  public TalkArchiver(ArchiveRepository archives, MaterialRepository materials,
      ReviewRepository reviews, AccountabilityRepository accountability, Directory directory,
      Deadlines deadlines, @Lazy HistoryService history, EngineWork engineWork) {
    this.engineWork = engineWork;
    this.history = history;
    this.archives = archives;
    this.materials = materials;
    this.reviews = reviews;
    this.accountability = accountability;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArchiveRecord record = build(execution);
    archives.insert(record);
    execution.setVariable("copyRecipients", record.copiedTo());
  }

  /** The archive record as it stands now, also shown to the office before archiving. */
  public ArchiveRecord build(DelegateExecution execution) {
    String talkId = (String) execution.getVariable("talkId");
    return new ArchiveRecord(
        talkId,
        (String) execution.getVariable("talkType"),
        (String) execution.getVariable("organizationId"),
        (String) execution.getVariable("organizationName"),
        (String) execution.getVariable("talkeeId"),
        (String) execution.getVariable("talkeeName"),
        (String) execution.getVariable("talkerId"),
        (String) execution.getVariable("talkerName"),
        Dates.tryParse(execution.getVariable("plannedTalkDate")),
        Dates.toLocalDate(execution.getVariable("talkDate")),
        (String) execution.getVariable("attendees"),
        talkRecord(execution),
        materials.findByTalk(talkId).stream().map(m -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("unit", m.unit());
          item.put("unitName", directory.groupName(m.unit()));
          item.put("material", m.material());
          item.put("attendeeId", m.attendeeId());
          item.put("attendeeName", m.attendeeId() == null ? null : directory.userName(m.attendeeId()));
          return item;
        }).toList(),
        (String) execution.getVariable("reflections"),
        JsonValues.objects(execution.getVariable("measures")),
        time(execution.getVariable("measuresDue")),
        time(execution.getVariable("measuresSubmittedAt")),
        (String) execution.getVariable("results"),
        time(execution.getVariable("resultsDue")),
        time(execution.getVariable("resultsSubmittedAt")),
        (String) execution.getVariable("outcome"),
        reviews.findByTalk(talkId).stream().map(r -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("stage", r.stage().name());
          item.put("decision", r.decision());
          item.put("comment", r.comment());
          item.put("reviewerId", r.reviewerId());
          item.put("reviewedAt", r.reviewedAt().toString());
          return item;
        }).toList(),
        accountability.findByTalk(talkId).stream()
            .map(a -> a.kind().name())
            .filter(kind -> kind.endsWith("_OVERDUE"))
            .toList(),
        (String) execution.getVariable("archiveRemark"),
        (String) execution.getVariable("archivedBy"),
        deadlines.now(),
        recipients(execution));
  }

  private Map<String, Object> talkRecord(DelegateExecution execution) {
    Map<String, Object> talk = confidentialParts((String) execution.getVariable("talkId"));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("selfInspectionHeard", execution.getVariable("selfInspectionHeard"));
    record.put("problems", Lines.of(execution.getVariable("problems")));
    record.put("explanation", execution.getVariable("explanation"));
    record.put("requirements", Lines.of(execution.getVariable("requirements")));
    record.put("commitment", execution.getVariable("commitment"));
    record.put("selfInspectionReport", talk.get("selfInspectionReport"));
    record.put("preparationIssues", talk.get("preparationIssues"));
    for (String timely : List.of("trigger", "triggerLabel", "proposalId")) {
      if (execution.getVariable(timely) != null) {
        record.put(timely, execution.getVariable(timely));
      }
    }
    for (String timely : List.of("facts", "evidence")) {
      if (talk.get(timely) != null) {
        record.put(timely, talk.get(timely));
      }
    }
    return record;
  }

  /**
   * What stays with the talk itself and is not handed to rectification, where the talkee works:
   * the talker's preparation, the self-inspection report, a timely talk's facts and evidence.
   * Read from the talk's history; the talk's process instance id is the talk id.
   */
  private Map<String, Object> confidentialParts(String talkId) {
    Map<String, Object> parts = new LinkedHashMap<>();
    engineWork.run(() -> history.createHistoricVariableInstanceQuery().processInstanceId(talkId)
        .variableNameIn(CONFIDENTIAL.toArray(String[]::new)).list())
        .forEach(v -> parts.put(v.getName(), v.getValue()));
    return parts;
  }

  private List<String> recipients(DelegateExecution execution) {
    List<String> recipients = new ArrayList<>();
    boolean dispatched = directory.findOrganization((String) execution.getVariable("organizationId"))
        .map(o -> o.hasDispatchedGroup()).orElse(false);
    recipients.add(dispatched ? "dispatchedGroup" : "discipline");
    recipients.add("organization");
    for (String extra : JsonValues.strings(execution.getVariable("copyToExtra"))) {
      if (EXTRA_RECIPIENTS.contains(extra) && !recipients.contains(extra)) {
        recipients.add(extra);
      }
    }
    return recipients;
  }

  private OffsetDateTime time(Object value) {
    return value instanceof Date date ? OffsetDateTime.ofInstant(date.toInstant(), deadlines.zone()) : null;
  }
}
