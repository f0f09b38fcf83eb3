package cn.supervisiontalk.report;

import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.EngineWork;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The annual report (article 13): compiled early each year for the previous year, kept, reviewed by
 * the office, downloaded as .docx; any year's figures can also be read as they stand. As {@code annualReports} in the model.
 */
@Component("annualReports")
public class AnnualReports {

  /** The message that starts a committee's annual report (processes/annual-report.bpmn). */
  static final String DUE = "annualReportDue";

  private final AnnualFiguresCompiler compiler;
  private final ReportRepository reports;
  private final ReportDocument document;
  private final ObjectMapper json;
  private final Deadlines deadlines;
  private final CommitteeGroups committees;
  private final RuntimeService runtime;
  private final EngineWork engineWork;

  public AnnualReports(AnnualFiguresCompiler compiler, ReportRepository reports,
      ReportDocument document, ObjectMapper json, Deadlines deadlines, CommitteeGroups committees,
      @Lazy RuntimeService runtime, EngineWork engineWork) {
    this.compiler = compiler;
    this.reports = reports;
    this.document = document;
    this.json = json;
    this.deadlines = deadlines;
    this.committees = committees;
    this.runtime = runtime;
    this.engineWork = engineWork;
  }

  /**
   * A report as REST callers read it: the figures, whether compiled and reviewed, the remark, and
   * how the committee above received it ({@code upperDecision} ACCEPT or RETURN, null before).
   */
  public record ReportView(String committeeId, int year, boolean compiled, boolean reviewed,
      String remark, String reviewedBy, OffsetDateTime submittedAt, String upperDecision,
      String upperRemarks, AnnualFigures figures) {
  }

  /**
   * Every committee's report of the previous year begins (processes/report-schedule.bpmn): the
   * message starts the committee's own report process in its tenant.
   */
  public void begin(String committeeId) {
    engineWork.runAcrossCommittees(() -> runtime.createMessageCorrelation(DUE)
        .setVariable(ReportVariables.COMMITTEE_ID, committeeId)
        .correlateStartMessage());
  }

  /** Service task: compiles and keeps the previous year's figures of the instance's committee. */
  public void compile(DelegateExecution execution) {
    int year = deadlines.today().getYear() - 1;
    String committee = committees.committeeOf(execution);
    AnnualFigures figures = compiler.compile(committee, year);
    reports.save(committee, year, write(figures), figures.compiledAt());
    execution.setProcessBusinessKey(committees.businessKey("annualReport", committee, year));
    execution.setVariable(ReportVariables.REPORT_YEAR, year);
    execution.setVariable(ReportVariables.REPORT_SUMMARY, summary(figures));
    execution.setVariable(ReportVariables.HAS_UPPER, committees.upperOf(committee).isPresent());
  }

  /** On completing the review: keeps the office's remark and who reviewed it. */
  public void review(DelegateTask task) {
    int year = ReportVariables.reportYear(task);
    Object remark = Submission.ofTask(task.getId()).value("reportRemark");
    reports.review(committees.committeeOf(task.getExecution()), year,
        remark == null || String.valueOf(remark).isBlank() ? null : String.valueOf(remark).trim(),
        Actor.of(task), deadlines.now());
  }

  /** The committee's kept report, or its figures as they stand now when not compiled. */
  public ReportView view(String committeeId, int year) {
    return reports.find(committeeId, year)
        .map(r -> new ReportView(committeeId, year, true, r.reviewedAt() != null, r.remark(),
            r.reviewedBy(), r.submittedAt(), r.upperDecision(), r.upperRemarks(),
            read(r.figures())))
        .orElseGet(() -> new ReportView(committeeId, year, false, false, null, null, null, null,
            null, compiler.compile(committeeId, year)));
  }

  /** The current year, as the deadlines count it. */
  public int thisYear() {
    return deadlines.today().getYear();
  }

  public byte[] docx(String committeeId, int year) {
    ReportView view = view(committeeId, year);
    return document.write(view.figures(), view.remark());
  }

  public Optional<ReportRepository.StoredReport> stored(String committeeId, int year) {
    return reports.find(committeeId, year);
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
