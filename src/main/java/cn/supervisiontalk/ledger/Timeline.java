package cn.supervisiontalk.ledger;

import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.copy.CopyRepository.Received;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.ledger.LedgerViews.TimelineEntry;
import cn.supervisiontalk.rectification.AccountabilityDecisions.Decision;
import cn.supervisiontalk.rectification.AccountabilityRecord;
import cn.supervisiontalk.rectification.Review;
import cn.supervisiontalk.talk.Material;
import cn.supervisiontalk.talk.TalkParts.Notes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What happened to a talk, when and by whom, from the application's own tables (never the engine's
 * history, which its time to live deletes): started; the talker's preparation, the talkee's
 * self-inspection, each unit's material or the office's decision not to wait for it; reminders;
 * missed deadlines and escalations; the talk held; measures handed in, returned, accepted; the
 * notice to the talkee's team; results handed in and reviewed; findings and decisions on
 * accountability; parts copied and read; archived (or cancelled). Each entry is shown only to those
 * who may read what it is about ({@link Relation}); the talkee never sees the units' material, the
 * talker's preparation or the escalations.
 *
 * <p>The talk's record keeps the time of the latest measures and results handed in: an earlier
 * version returned by the office shows as the return, not as a submission of its own.
 */
@Component
class Timeline {

  /** The order of entries made in the same instant: the order the steps follow each other. */
  private static final List<String> KINDS = List.of("STARTED", "MATERIAL", "MATERIAL_WAIVED",
      "PREPARED", "SELF_INSPECTED", "REMINDER", "OVERDUE", "ESCALATION", "HELD",
      "MEASURES_SUBMITTED", "MEASURES_REVIEWED", "TEAM_NOTICE", "RESULTS_SUBMITTED",
      "RESULTS_REVIEWED", "FINDING", "DECISION", "COPIED", "COPY_READ", "ARCHIVED", "CANCELLED");

  private static final String SYSTEM = "系统";


  private final TalkFacts facts;

  Timeline(TalkFacts facts) {
    this.facts = facts;
  }

  /** The talk's timeline as the viewer may read it, oldest first. */
  List<TimelineEntry> of(TalkHead talk, Relation relation, Viewer viewer, Names names) {
    List<TimelineEntry> entries = new ArrayList<>();
    Entries add = new Entries(entries);
    String talkId = talk.id();

    add.entry(talk.startedAt(), "STARTED", "发起" + Labels.type(talk.talkType()),
        talk.startedBy() == null ? SYSTEM : names.user(talk.startedBy()),
        talk.organizationName() + talk.talkeeName() + "同志,谈话人" + talk.talkerName() + ",计划谈话日期"
            + Deadlines.dayText(talk.plannedTalkDate())
            + (talk.triggerCode() == null ? "" : ";情形: " + Labels.trigger(talk.triggerCode())));

    if (relation.full()) {
      add.entry(facts.talks().preparation(talkId).preparedAt(), "PREPARED", "完成谈话准备",
          talk.talkerName(), null);
    }
    if (relation.seesTalkeeParts()) {
      add.entry(facts.talks().selfInspection(talkId).selfInspectedAt(), "SELF_INSPECTED", "提交自查报告",
          talk.talkeeName(), null);
    }
    for (Material m : facts.materials().findByTalk(talkId)) {
      if (!relation.seesMaterialOf(m.unit(), viewer)) {
        continue;
      }
      if (m.isWaived()) {
        add.entry(m.waivedAt(), "MATERIAL_WAIVED", "决定不再等待" + names.group(m.unit()) + "的材料",
            names.user(m.waivedBy()), "理由: " + m.waiverReason());
      } else {
        add.entry(m.providedAt(), "MATERIAL", names.group(m.unit()) + "提供有关情况和材料",
            names.user(m.providedBy()),
            m.attendeeId() == null ? null : "派员参与谈话: " + names.user(m.attendeeId()));
      }
    }
    for (TalkEvents.Reminder r : facts.events().reminders(talkId)) {
      if (relation.full() || viewer.id().equals(r.recipientId())) {
        add.entry(r.createdAt(), "REMINDER", "发出提醒", SYSTEM,
            r.subject() + "(致" + names.user(r.recipientId()) + ")");
      }
    }
    if (relation.full()) {
      for (TalkEvents.Escalation e : facts.events().escalations(talkId)) {
        add.entry(e.actedAt(), "ESCALATION", "督办" + Labels.escalatedStep(e.stage()),
            names.user(e.actedBy()), e.action());
      }
    }
    if (relation.seesFindings()) {
      for (AccountabilityRecord f : facts.findings().findByTalk(talkId)) {
        boolean missed = Labels.missedDeadline(f.kind().name());
        add.entry(f.createdAt(), missed ? "OVERDUE" : "FINDING",
            (missed ? "记为逾期: " : "记为审核发现的问题: ") + f.kind().label(), SYSTEM, f.detail());
      }
    }
    Notes notes = facts.talks().notes(talkId);
    add.entry(notes.recordedAt(), "HELD", "开展谈话并形成谈话记录", talk.talkerName(),
        notes.talkDate() == null ? null : "谈话日期" + Deadlines.dayText(notes.talkDate()));
    if (relation.seesRecord()) {
      rectification(talk, add, names);
    }
    if (relation.seesTalkeeParts()) {
      facts.notices().findByTalk(talkId).ifPresent(n -> add.entry(n.recordedAt(), "TEAM_NOTICE",
          "通报领导班子其他成员", names.user(n.recordedBy()), facts.notices().describe(talkId)));
    }
    if (relation.seesDecisions(viewer)) {
      for (Decision d : facts.decisions().ofTalk(talkId)) {
        add.entry(d.recordedAt(), "DECISION",
            "研究是否追究责任: " + Labels.accountabilityDecision(d.decision()),
            names.user(d.recordedBy()), d.decidedByBody() + "于" + Deadlines.dayText(d.decidedOn())
                + "决定(" + Labels.finding(d.finding()) + "): " + d.content());
      }
    }
    copies(talkId, relation, viewer, add, names);
    if (talk.archived()) {
      facts.archives().findByTalk(talkId).ifPresent(a -> archived(a, relation, viewer, add, names));
    }
    if (talk.cancelled()) {
      add.entry(talk.endedAt(), "CANCELLED", "谈话已撤销", SYSTEM, "流程在归档前被删除");
    }

    entries.sort(Comparator.comparing(TimelineEntry::at)
        .thenComparing(e -> KINDS.indexOf(e.kind())));
    return entries;
  }

  /** Measures and results handed in, and the office's reviews of them. */
  private void rectification(TalkHead talk, Entries add, Names names) {
    add.entry(facts.talks().measures(talk.id()).measuresSubmittedAt(), "MEASURES_SUBMITTED", "提出整改措施",
        talk.talkeeName(), null);
    add.entry(facts.talks().results(talk.id()).resultsSubmittedAt(), "RESULTS_SUBMITTED", "报告整改情况",
        talk.talkeeName(), null);
    for (Review r : facts.reviews().findByTalk(talk.id())) {
      boolean measures = r.stage() == Review.Stage.MEASURES;
      String title;
      if ("RETURN".equals(r.decision())) {
        title = measures ? "退回整改措施" : "退回整改情况";
      } else if (measures) {
        title = "整改措施审核" + Labels.measuresDecision(r.decision());
      } else {
        title = "审核整改情况: " + Labels.resultsDecision(r.decision());
      }
      add.entry(r.reviewedAt(), measures ? "MEASURES_REVIEWED" : "RESULTS_REVIEWED", title,
          names.user(r.reviewerId()), r.comment());
    }
  }

  /** Each part copied (to the units the viewer may know of) and each unit's reading of it. */
  private void copies(String talkId, Relation relation, Viewer viewer, Entries add, Names names) {
    Map<String, List<Received>> byCopy = new LinkedHashMap<>();
    for (Received r : facts.copies().ofTalk(talkId)) {
      if (relation.seesCopyTo(r.recipientGroup(), viewer)) {
        byCopy.computeIfAbsent(r.copyId(), id -> new ArrayList<>()).add(r);
      }
    }
    for (List<Received> units : byCopy.values()) {
      Received first = units.get(0);
      String part = Labels.copiedPart(first.part());
      add.entry(first.copiedAt(), "COPIED", "抄送" + part, SYSTEM, "抄送"
          + String.join("、", units.stream().map(r -> names.group(r.recipientGroup())).toList()));
      for (Received r : units) {
        if (r.readAt() != null) {
          add.entry(r.readAt(), "COPY_READ", "阅知抄送的" + part, names.user(r.readBy()),
              names.group(r.recipientGroup()));
        }
      }
    }
  }

  private void archived(ArchiveRecord archive, Relation relation, Viewer viewer, Entries add,
      Names names) {
    List<String> units = archive.archiving().copiedTo().stream()
        .filter(unit -> relation.full() || relation.talkee() || viewer.inGroup(unit))
        .map(names::group).toList();
    add.entry(archive.archiving().archivedAt(), "ARCHIVED", "汇总归档",
        archive.archiving().archivedBy() == null ? SYSTEM : names.user(archive.archiving().archivedBy()),
        units.isEmpty() ? null : "抄送" + String.join("、", units));
  }

  /** Adds entries that have a time, in the committee's time zone. */
  private final class Entries {

    private final List<TimelineEntry> entries;

    Entries(List<TimelineEntry> entries) {
      this.entries = entries;
    }

    void entry(OffsetDateTime at, String kind, String title, String actor, String detail) {
      if (at != null) {
        entries.add(new TimelineEntry(at.atZoneSameInstant(facts.deadlines().zone()).toOffsetDateTime(),
            kind, title, actor, detail == null || detail.isBlank() ? null : detail));
      }
    }
  }
}
