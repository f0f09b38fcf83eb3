package cn.supervisiontalk.report;

import static cn.supervisiontalk.document.DocumentValues.day;
import static cn.supervisiontalk.document.DocumentValues.text;

import cn.supervisiontalk.coverage.CoverageRow;
import cn.supervisiontalk.document.DocumentTemplates;
import cn.supervisiontalk.document.DocumentValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Writes the annual report as a Word document (.docx) in Chinese from the template
 * documents/annual-report.docx: the report on the previous year's supervision talks with its
 * tables, and the section for the secretary's work report (述职). The wording and layout are the
 * template's; this class supplies the figures (the tags are listed in documents/README.md).
 */
@Component
public class ReportDocument {

  private final DocumentTemplates templates;

  public ReportDocument(DocumentTemplates templates) {
    this.templates = templates;
  }

  public byte[] write(AnnualFigures f, String remark) {
    return templates.fill(DocumentTemplates.ANNUAL_REPORT, values(f, remark));
  }

  /** The report's values, by the names of the template's tags. */
  static Map<String, Object> values(AnnualFigures f, String remark) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("committeeName", f.committeeName());
    v.put("year", f.year());
    v.put("compiledOn", day(f.compiledAt().toLocalDate()));

    AnnualFigures.Regular r = f.regular();
    v.put("regularPlanned", r.planned());
    v.put("regularPlannedHeld", r.plannedHeld());
    v.put("regularPlannedLate", r.plannedLate());
    v.put("regularPlannedOpen", r.plannedOpen());
    v.put("regularHeld", r.held());
    v.put("regularHeldUnplanned", r.heldUnplanned());

    v.put("timelyStarted", f.timelyStarted());
    v.put("timelyHeld", f.timelyHeld());
    v.put("timely", rows(f.timely(), t -> Map.of("label", t.label(), "started", t.started(),
        "held", t.held())));

    v.put("coverageSentence", CoverageSummary.sentence(f.coverage()));
    v.put("coverage", rows(f.coverage(), (CoverageRow c) -> Map.of(
        "organization", text(c.organizationName()), "leader", text(c.leaderName()),
        "tenure", day(c.tenureStart()) + "至" + (c.current() ? "今" : day(c.tenureEnd())),
        "talks", c.regularTalks(), "standing", CoverageSummary.standing(c))));

    AnnualFigures.Rectification m = f.rectification();
    v.put("rectificationTalks", m.talks());
    v.put("measuresOnTime", m.measuresOnTime());
    v.put("measuresLate", m.measuresLate());
    v.put("measuresPending", m.measuresPending());
    v.put("resultsOnTime", m.resultsOnTime());
    v.put("resultsLate", m.resultsLate());
    v.put("resultsPending", m.resultsPending());

    AnnualFigures.Reviews w = f.reviews();
    v.put("measuresAccepted", w.measuresAccepted());
    v.put("measuresReturned", w.measuresReturned());
    v.put("resultsReturned", w.resultsReturned());
    v.put("rectified", w.rectified());
    v.put("perfunctory", w.perfunctory());
    v.put("falseRectification", w.falseRectification());
    v.put("reviewsOpen", w.open());

    v.put("findingCounts", rows(f.accountability(), a -> Map.of("label", a.label(), "count", a.count())));
    v.put("findingRecords", rows(f.accountabilityRecords(), l -> Map.of("date", day(l.date()),
        "talkee", text(l.talkeeName()), "label", l.label(), "detail", text(l.detail()))));
    v.put("hasFindingRecords", !f.accountabilityRecords().isEmpty());
    v.put("noFindingRecords", f.accountabilityRecords().isEmpty());

    List<AnnualFigures.DecisionLine> decided = f.decisions() == null ? List.of() : f.decisions();
    v.put("decisions", rows(decided, d -> Map.of("date", day(d.decidedOn()), "talkee", text(d.talkeeName()),
        "finding", text(d.finding()), "decision", d.accountable() ? "追究责任" : "不予追究",
        "content", text(d.content()), "body", text(d.decidedByBody()))));
    v.put("decisionCount", decided.size());
    v.put("accountableCount", decided.stream().filter(AnnualFigures.DecisionLine::accountable).count());
    v.put("hasDecisions", !decided.isEmpty());
    v.put("noDecisions", decided.isEmpty());

    v.put("secretaryName", f.secretaryName());
    v.put("secretaryTalkCount", f.secretaryTalks().size());
    v.put("secretaryTalked", !f.secretaryTalks().isEmpty());
    v.put("secretaryNotTalked", f.secretaryTalks().isEmpty());
    v.put("secretaryTalks", rows(f.secretaryTalks(), t -> Map.of("date", day(t.talkDate()),
        "type", text(t.talkType()), "organization", text(t.organizationName()),
        "talkee", text(t.talkeeName()))));

    v.put("hasRemark", remark != null && !remark.isBlank());
    v.put("remark", DocumentValues.paragraphs(remark));
    return v;
  }

  private static <T> List<Map<String, Object>> rows(List<T> items,
      Function<T, Map<String, Object>> row) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (T item : items) {
      rows.add(row.apply(item));
    }
    return rows;
  }
}
