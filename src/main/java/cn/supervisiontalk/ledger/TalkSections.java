package cn.supervisiontalk.ledger;

import cn.supervisiontalk.copy.CopiedPart;
import cn.supervisiontalk.copy.CopyContent;
import cn.supervisiontalk.copy.CopyRepository.Received;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.ledger.LedgerViews.Item;
import cn.supervisiontalk.ledger.LedgerViews.Section;
import cn.supervisiontalk.rectification.AccountabilityDecisions.Decision;
import cn.supervisiontalk.rectification.AccountabilityRecord;
import cn.supervisiontalk.rectification.Review;
import cn.supervisiontalk.talk.Material;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.talk.TalkParts.Measures;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.talk.TalkParts.Preparation;
import cn.supervisiontalk.talk.TalkParts.Results;
import cn.supervisiontalk.validation.JsonValues;
import cn.supervisiontalk.validation.Lines;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The parts of a talk on its page, each shown only to those who may read it (article 16, as the
 * archive gives them, {@link Relation}): the timely talk's grounds, the talker's preparation, the
 * self-inspection report, the units' material, the talk record, measures, results and reviews, the
 * notice to the talkee's team, escalations, findings, decisions on accountability, the copies and
 * the archive. A unit reads its own material and what was copied to it, as it was copied.
 */
@Component
class TalkSections {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");


  private final TalkFacts facts;

  TalkSections(TalkFacts facts) {
    this.facts = facts;
  }

  /** The parts of the talk the viewer may read, in the order of the procedure. */
  List<Section> of(TalkHead talk, Relation relation, Viewer viewer, Names names) {
    List<Section> sections = new ArrayList<>();
    String id = talk.id();
    if (talk.timely()) {
      Grounds grounds = facts.talks().grounds(id);
      List<Item> items = new ArrayList<>();
      add(items, "谈话情形", Labels.trigger(grounds.triggerCode()));
      if (relation.seesTalkeeParts()) {
        add(items, "有关事实", grounds.facts());
        add(items, "有关证据", grounds.evidence());
      }
      section(sections, "grounds", "及时谈话的情形", items);
    }
    if (relation.full()) {
      Preparation p = facts.talks().preparation(id);
      section(sections, "preparation", "谈话准备", items(
          "参阅的材料", p.preparationMaterials(), "拟谈的主要问题", p.preparationIssues(),
          "完成时间", time(p.preparedAt())));
    }
    if (relation.seesTalkeeParts() && !talk.timely()) {
      var self = facts.talks().selfInspection(id);
      section(sections, "selfInspection", "被谈话人的自查报告", items(
          "自查报告", self.selfInspectionReport(), "提交时间", time(self.selfInspectedAt())));
    }
    List<Item> material = new ArrayList<>();
    for (Material m : facts.materials().findByTalk(id)) {
      if (relation.seesMaterialOf(m.unit(), viewer)) {
        add(material, names.group(m.unit()), m.text() + (m.attendeeId() == null ? ""
            : "\n派员参与谈话: " + names.user(m.attendeeId())));
      }
    }
    section(sections, "materials", "协作单位提供的情况和材料", material);
    if (relation.seesRecord()) {
      record(talk, sections);
      rectification(talk, sections, names);
    }
    if (relation.seesTalkeeParts() && facts.notices().findByTalk(id).isPresent()) {
      section(sections, "teamNotice", "通报领导班子其他成员",
          items("通报情况", facts.notices().describe(id)));
    }
    if (relation.full()) {
      List<Item> items = new ArrayList<>();
      facts.events().escalations(id).forEach(e -> add(items, "督办" + Labels.escalatedStep(e.stage())
          + "(" + names.user(e.actedBy()) + "," + time(e.actedAt()) + ")", e.action()));
      section(sections, "escalations", "督办情况", items);
    }
    if (relation.seesFindings()) {
      List<Item> items = new ArrayList<>();
      for (AccountabilityRecord f : facts.findings().findByTalk(id)) {
        add(items, f.kind().label() + "(" + time(f.createdAt()) + ")", f.detail());
      }
      section(sections, "findings", "逾期和审核发现的问题", items);
    }
    if (relation.seesDecisions(viewer)) {
      List<Item> items = new ArrayList<>();
      for (Decision d : facts.decisions().ofTalk(id)) {
        add(items, Labels.accountabilityDecision(d.decision()) + "(" + Labels.finding(d.finding()) + ")",
            d.content() + "\n作出决定的机关: " + d.decidedByBody() + ",决定日期: "
                + Deadlines.dayText(d.decidedOn()));
      }
      section(sections, "decisions", "是否追究责任的决定", items);
    }
    copied(id, relation, viewer, sections, names);
    if (talk.archived() && relation.seesRecord()) {
      facts.archives().findByTalk(id).ifPresent(a -> {
        List<String> units = a.archiving().copiedTo().stream()
            .filter(unit -> relation.full() || relation.talkee() || viewer.inGroup(unit))
            .map(names::group).toList();
        section(sections, "archive", "汇总归档", items(
            "归档时间", time(a.archiving().archivedAt()),
            "归档人", names.user(a.archiving().archivedBy()),
            "办公室备注", a.archiving().remark(),
            "抄送", String.join("、", units)));
      });
    }
    return sections;
  }

  /** The talk record in its five steps (article 10); the timely talk's has no self-inspection. */
  private void record(TalkHead talk, List<Section> sections) {
    Notes n = facts.talks().notes(talk.id());
    if (n.talkDate() == null) {
      return;
    }
    section(sections, "record", "谈话记录", items(
        "谈话日期", Deadlines.dayText(n.talkDate()),
        "参加人员", n.attendees(),
        "(一)被谈话人报告自查情况", n.selfInspectionHeard(),
        "(二)谈话人指出的问题", numbered(n.problems()),
        "(三)被谈话人的说明", n.explanation(),
        "(四)整改要求", numbered(n.requirements()),
        "(五)表态发言", n.commitment()));
  }

  /** Measures and results with their deadlines, and the office's reviews (article 11). */
  private void rectification(TalkHead talk, List<Section> sections, Names names) {
    String id = talk.id();
    Talk record = facts.talks().get(id);
    OffsetDateTime measuresDue = record.measuresDue();
    OffsetDateTime resultsDue = record.resultsDue();
    Measures m = facts.talks().measures(id);
    if (measuresDue != null || m.measuresSubmittedAt() != null) {
      section(sections, "measures", "整改措施", items(
          "报告期限", measuresDue == null ? null : facts.deadlines().dueText(measuresDue),
          "谈话后的思想认识", m.reflections(),
          "第一责任人职责方面的整改措施", numbered(m.firstResponsibilityMeasures()),
          "其他整改措施", numbered(m.otherMeasures()),
          "提交时间", time(m.measuresSubmittedAt()),
          "退回理由", m.measuresReturnReason()));
    }
    Results r = facts.talks().results(id);
    if (resultsDue != null || r.resultsSubmittedAt() != null) {
      section(sections, "results", "整改情况", items(
          "报告期限", resultsDue == null ? null : facts.deadlines().dueText(resultsDue),
          "整改情况", r.results(),
          "提交时间", time(r.resultsSubmittedAt()),
          "退回理由或重新整改要求", r.resultsReturnReason()));
    }
    List<Item> items = new ArrayList<>();
    for (Review review : facts.reviews().findByTalk(id)) {
      boolean measures = review.stage() == Review.Stage.MEASURES;
      add(items, (measures ? "整改措施审核" : "整改情况审核") + "(" + names.user(review.reviewerId())
              + "," + time(review.reviewedAt()) + ")",
          (measures ? Labels.measuresDecision(review.decision())
              : Labels.resultsDecision(review.decision()))
              + (review.comment() == null ? "" : ": " + review.comment()));
    }
    section(sections, "reviews", "审核情况", items);
  }

  /**
   * The parts copied as they came into existence: for the office and the talker to whom and who
   * read them; for a unit, what it received, as it was copied.
   */
  private void copied(String talkId, Relation relation, Viewer viewer, List<Section> sections,
      Names names) {
    Map<String, List<Received>> byCopy = new LinkedHashMap<>();
    for (Received r : facts.copies().ofTalk(talkId)) {
      if (relation.seesCopyTo(r.recipientGroup(), viewer)) {
        byCopy.computeIfAbsent(r.copyId(), id -> new ArrayList<>()).add(r);
      }
    }
    List<Item> items = new ArrayList<>();
    for (List<Received> units : byCopy.values()) {
      Received first = units.get(0);
      CopiedPart part = CopiedPart.of(first.part());
      String readers = String.join(";", units.stream().map(r -> names.group(r.recipientGroup())
          + (r.readAt() == null ? "未阅" : " " + names.user(r.readBy()) + "于" + time(r.readAt()) + "阅知"))
          .toList());
      String label = "抄送" + Labels.copiedPart(first.part()) + "(" + time(first.copiedAt()) + ")";
      String content = relation.full() || part == null ? ""
          : CopyContent.text(part, JsonValues.fromJson(first.content(), OBJECT)) + "\n";
      add(items, label, content + readers);
    }
    section(sections, "copies", "抄送情况", items);
  }

  private String time(OffsetDateTime at) {
    return at == null ? null : TIME.format(at.atZoneSameInstant(facts.deadlines().zone()));
  }

  /** Items written one per line, numbered as the record reads them. */
  private static String numbered(String lines) {
    return Lines.numbered(Lines.of(lines));
  }

  /** Items from label, text pairs, leaving out those without text. */
  private static List<Item> items(String... labelsAndTexts) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      add(items, labelsAndTexts[i], labelsAndTexts[i + 1]);
    }
    return items;
  }

  private static void add(List<Item> items, String label, String text) {
    if (text != null && !text.isBlank()) {
      items.add(new Item(label, text));
    }
  }

  /** A part with something in it. */
  private static void section(List<Section> sections, String id, String title, List<Item> items) {
    if (!items.isEmpty()) {
      sections.add(new Section(id, title, items));
    }
  }
}
