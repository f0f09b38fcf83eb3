package cn.supervisiontalk.report;

import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The annual report (article 13): compiled early each year for the previous year, kept, reviewed by
 * the office, downloaded as .docx; any year's figures can also be read as they stand. As {@code annualReports} in the model.
 */
@Component("annualReports")
public class AnnualReports {

  private final AnnualFiguresCompiler compiler;
  private final ReportRepository reports;
  private final ReportDocument document;
  private final ObjectMapper json;
  private final Deadlines deadlines;

  public AnnualReports(AnnualFiguresCompiler compiler, ReportRepository reports,
      ReportDocument document, ObjectMapper json, Deadlines deadlines) {
    this.compiler = compiler;
    this.reports = reports;
    this.document = document;
    this.json = json;
    this.deadlines = deadlines;
  }

  /** A report as REST callers read it: the figures, whether compiled and reviewed, the remark. */
  public record ReportView(int year, boolean compiled, boolean reviewed, String remark,
      String reviewedBy, AnnualFigures figures) {
  }

  /** Service task: compiles and keeps the previous year's figures. */
  public void compile(DelegateExecution execution) {
    int year = deadlines.today().getYear() - 1;
    AnnualFigures figures = compiler.compile(year);
    reports.save(year, write(figures), figures.compiledAt());
    execution.setProcessBusinessKey("annualReport-" + year);
    execution.setVariable(ReportVariables.REPORT_YEAR, year);
    execution.setVariable(ReportVariables.REPORT_SUMMARY, summary(figures));
  }

  /** On completing the review: keeps the office's remark and who reviewed it. */
  public void review(DelegateTask task) {
    int year = ReportVariables.reportYear(task);
    Object remark = Submission.ofTask(task.getId()).value("reportRemark");
    reports.review(year, remark == null || String.valueOf(remark).isBlank() ? null
        : String.valueOf(remark).trim(), Actor.of(task), deadlines.now());
  }

  /** The kept report, or the figures as they stand now when the year has not been compiled. */
  public ReportView view(int year) {
    return reports.find(year)
        .map(r -> new ReportView(year, true, r.reviewedAt() != null, r.remark(), r.reviewedBy(),
            read(r.figures())))
        .orElseGet(() -> new ReportView(year, false, false, null, null, compiler.compile(year)));
  }

  public byte[] docx(int year) {
    ReportView view = view(year);
    return document.write(view.figures(), view.remark());
  }

  public Optional<ReportRepository.StoredReport> stored(int year) {
    return reports.find(year);
  }

  /** The figures in a few lines for the review task. */
  public String summary(AnnualFigures f) {
    AnnualFigures.Regular r = f.regular();
    AnnualFigures.Rectification m = f.rectification();
    return "定期谈话: 计划" + r.planned() + "项,完成" + r.plannedHeld() + "项,逾期" + r.plannedLate()
        + "项;全年开展" + r.held() + "人次。\n"
        + "及时谈话: 发起" + f.timelyStarted() + "人次,开展" + f.timelyHeld() + "人次。\n"
        + "一届任期全覆盖: " + CoverageSummary.sentence(f.coverage()) + "\n"
        + "整改措施: 按时" + m.measuresOnTime() + "、逾期" + m.measuresLate() + ";整改情况: 按时"
        + m.resultsOnTime() + "、逾期" + m.resultsLate() + "。\n"
        + "发现的问题(整改逾期、敷衍整改等): " + f.accountabilityRecords().size() + "条;"
        + "追究责任的决定: " + (f.decisions() == null ? 0 : f.decisions().size()) + "项。\n"
        + "书记亲自谈话: " + f.secretaryTalks().size() + "人次。";
  }

  private String write(AnnualFigures figures) {
    try {
      return json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private AnnualFigures read(String figures) {
    try {
      return json.readValue(figures, AnnualFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
