package cn.supervisiontalk.ledger;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.ledger.CurrentSteps.OpenStep;
import cn.supervisiontalk.ledger.LedgerViews.Page;
import cn.supervisiontalk.ledger.LedgerViews.Row;
import cn.supervisiontalk.ledger.LedgerViews.Step;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The talk ledger (谈话台账): the talks a person may see, one line each — type, organization, talkee,
 * talker, planned and actual date, stage, who holds the current steps, the next deadline, whether it
 * is overdue, the findings. The database filters, sorts and pages ({@link LedgerQuery}); only the
 * page's rows are completed with their open tasks and findings.
 */
@Service
public class Ledger {

  /** The most rows one export holds; a larger one is refused and asks for a narrower filter. */
  static final int MAX_EXPORT = 100_000;
  private static final int EXPORT_CHUNK = 1_000;

  private final LedgerQuery query;
  private final LedgerAccess access;
  private final CurrentSteps steps;
  private final Directory directory;
  private final Deadlines deadlines;

  public Ledger(LedgerQuery query, LedgerAccess access, CurrentSteps steps, Directory directory,
      Deadlines deadlines) {
    this.query = query;
    this.access = access;
    this.steps = steps;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  /** The page of the ledger the viewer asked for. */
  public Page page(Viewer viewer, LedgerFilter requested) {
    LedgerFilter filter = checked(requested);
    LocalDate today = deadlines.today();
    OffsetDateTime now = deadlines.now();
    long total = query.count(viewer, filter, today, now);
    List<Row> rows = total == 0 ? List.of()
        : complete(viewer, query.page(viewer, filter, today, now, total), new Names(directory));
    return new Page(rows, total, filter.page(), filter.size(),
        (total + filter.size() - 1) / filter.size());
  }

  /**
   * Every row the viewer sees with the filter (its page and size aside), in its order, handed on a
   * thousand at a time: for the export. More than {@value #MAX_EXPORT} is refused.
   */
  public long each(Viewer viewer, LedgerFilter requested, Consumer<List<Row>> sink) {
    LedgerFilter filter = checked(requested);
    LocalDate today = deadlines.today();
    OffsetDateTime now = deadlines.now();
    long total = query.count(viewer, filter, today, now);
    if (total > MAX_EXPORT) {
      throw LedgerFilter.refused("符合条件的谈话有" + total + "次,一次最多导出" + MAX_EXPORT
          + "次,请缩小筛选范围(如按年度或党组织)");
    }
    Names names = new Names(directory);
    for (long offset = 0; offset < total; offset += EXPORT_CHUNK) {
      List<TalkHead> chunk = query.rows(viewer, filter, today, now, offset, EXPORT_CHUNK, total);
      if (chunk.isEmpty()) {
        break;
      }
      sink.accept(complete(viewer, chunk, names));
    }
    return total;
  }

  /** One talk's line with what the viewer is to it, or empty when there is no such talk. */
  Optional<Viewed> find(Viewer viewer, String talkId, Names names) {
    return query.find(talkId, deadlines.today(), deadlines.now()).map(head -> {
      Viewer within = viewer.within(head.committeeId());
      Relation relation = access.relation(within, head.id(), head.talkerId(), head.talkeeId());
      return new Viewed(head, relation, row(head, relation, within,
          steps.of(List.of(head.id())).getOrDefault(head.id(), List.of()),
          query.findings(List.of(head.id())).getOrDefault(head.id(), List.of()), names));
    });
  }

  /** A talk read for one viewer: its record, what the viewer is to it, its ledger line. */
  record Viewed(TalkHead head, Relation relation, Row row) {
  }

  /** The filter with its organization checked: an id or a name of a lower organization. */
  private LedgerFilter checked(LedgerFilter filter) {
    if (filter.organizationId() == null) {
      return filter;
    }
    Organization organization = directory.findOrganization(filter.organizationId())
        .orElseThrow(() -> LedgerFilter.refused("未找到下级党组织“" + filter.organizationId() + "”"));
    return filter.withOrganization(organization.id());
  }

  private List<Row> complete(Viewer viewer, List<TalkHead> heads, Names names) {
    Map<String, String[]> parties = new LinkedHashMap<>();
    heads.forEach(h -> parties.put(h.id(), new String[] {h.talkerId(), h.talkeeId()}));
    // what the viewer is to each talk, as the talk's committee knows them
    Map<String, Map<String, String[]>> byCommittee = new LinkedHashMap<>();
    heads.forEach(h -> byCommittee.computeIfAbsent(h.committeeId(),
        c -> new LinkedHashMap<>()).put(h.id(), parties.get(h.id())));
    Map<String, Relation> relations = new HashMap<>();
    byCommittee.forEach((committee, talks) -> relations.putAll(
        access.relations(viewer.within(committee), talks)));
    Map<String, List<OpenStep>> open = steps.of(parties.keySet());
    Map<String, List<String>> findings = query.findings(parties.keySet());
    return heads.stream().map(h -> row(h, relations.get(h.id()), viewer.within(h.committeeId()),
        open.getOrDefault(h.id(), List.of()), findings.getOrDefault(h.id(), List.of()), names))
        .toList();
  }

  private Row row(TalkHead h, Relation relation, Viewer viewer, List<OpenStep> open,
      List<String> findingCodes, Names names) {
    List<Step> current = CurrentSteps.visible(open, relation, viewer).stream()
        .map(s -> new Step(s.name(), holder(s, names), time(s.due())))
        .toList();
    List<String> findings = relation.seesFindings()
        ? findingCodes.stream().map(Labels::finding).distinct().toList() : List.of();
    return new Row(h.id(), h.talkType(), Labels.type(h.talkType()), h.organizationId(),
        h.organizationName(), h.talkeeId(), h.talkeeName(), h.talkerId(), h.talkerName(),
        h.plannedTalkDate(), h.talkDate(), h.stage(), Labels.stage(h.stage()), current,
        nextDeadline(h), h.overdue(), findings);
  }

  /** The deadline of {@link LedgerSql}: the planned date's end in preparation, else the record's. */
  private OffsetDateTime nextDeadline(TalkHead h) {
    if (h.inPreparation()) {
      return time(deadlines.endOf(h.plannedTalkDate()));
    }
    return h.rectificationDue() == null ? null
        : h.rectificationDue().atZoneSameInstant(deadlines.zone()).toOffsetDateTime();
  }

  private OffsetDateTime time(Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), deadlines.zone());
  }

  private static String holder(OpenStep step, Names names) {
    if (step.assignee() != null) {
      return names.user(step.assignee());
    }
    return String.join("、", step.candidateGroups().stream().map(names::group).toList());
  }
}
