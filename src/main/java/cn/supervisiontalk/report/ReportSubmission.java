package cn.supervisiontalk.report;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Article 13: a committee's annual report goes up to the committee above it. After its office has
 * reviewed it, the report is submitted (message {@code lowerAnnualReportSubmitted} starts
 * processes/lower-report.bpmn in the upper committee's tenant); the upper office reads it and
 * accepts it or returns it with remarks, and the answer (message {@code annualReportAnswered})
 * goes back to the lower committee's report, which its office then revises and submits again.
 * The upper office's remarks are kept with the report (table annual_report), not in the engine;
 * the forms read them from there.
 */
@Component("reportSubmission")
public class ReportSubmission implements FormValueSource {

  static final String SUBMITTED = "lowerAnnualReportSubmitted";
  static final String ANSWERED = "annualReportAnswered";
  static final String DECISION = "lowerReportDecision";
  static final String REMARKS = "lowerReportRemarks";
  static final Set<String> DECISIONS = Set.of("ACCEPT", "RETURN");

  /** Shown on the upper office's task: whose report it is, and its main figures. */
  static final String LOWER_NAME = "lowerCommitteeName";
  static final String LOWER_SUMMARY = "lowerReportSummary";
  /** Shown on the lower office's review when the report came back: who returned it, and why. */
  static final String UPPER_NAME = "upperCommitteeName";
  static final String UPPER_REMARKS = "upperRemarks";

  private final ReportRepository reports;
  private final AnnualReports annualReports;
  private final CommitteeGroups committees;
  private final RuntimeService runtime;
  private final EngineWork engineWork;
  private final Deadlines deadlines;

  public ReportSubmission(ReportRepository reports, AnnualReports annualReports,
      CommitteeGroups committees, @Lazy RuntimeService runtime, EngineWork engineWork,
      Deadlines deadlines) {
    this.reports = reports;
    this.annualReports = annualReports;
    this.committees = committees;
    this.runtime = runtime;
    this.engineWork = engineWork;
    this.deadlines = deadlines;
  }

  /** Send task of the lower report: the reviewed report goes to the committee above. */
  public void submit(DelegateExecution execution) {
    String committee = committees.committeeOf(execution);
    String upper = committees.upperOf(committee).orElseThrow(() -> new IllegalStateException(
        "党委(党组)“" + committee + "”没有上级党委(党组)"));
    int year = ReportVariables.reportYear(execution);
    reports.submitted(committee, year, deadlines.now());
    String lowerInstance = execution.getProcessInstanceId();
    engineWork.runAcrossCommittees(() -> runtime.createMessageCorrelation(SUBMITTED)
        .processInstanceBusinessKey(committees.businessKey("lowerAnnualReport", committee, year))
        .setVariable(ReportVariables.COMMITTEE_ID, upper)
        .setVariable(ReportVariables.LOWER_COMMITTEE_ID, committee)
        .setVariable(ReportVariables.REPORT_YEAR, year)
        .setVariable(ReportVariables.LOWER_INSTANCE_ID, lowerInstance)
        .correlateStartMessage());
  }

  /** On completing the upper office's reading: accepted, or returned with its remarks. */
  public void read(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    String decision = form.text(DECISION);
    String remarks = form.text(REMARKS);
    if (!DECISIONS.contains(decision)) {
      throw Problems.single("请选择审阅意见: 同意,或退回修改。");
    }
    if ("RETURN".equals(decision) && remarks.isBlank()) {
      throw Problems.single("退回下级党委(党组)的年度报告时,请填写退回意见。");
    }
    String lower = ReportVariables.text(task, ReportVariables.LOWER_COMMITTEE_ID);
    reports.answered(lower, ReportVariables.reportYear(task), decision,
        remarks.isBlank() ? null : remarks, Actor.of(task), deadlines.now());
    task.getExecution().setVariable(ReportVariables.UPPER_DECISION, decision);
  }

  /** Throw event of the upper reading: the answer goes back to the lower committee's report. */
  public void answer(DelegateExecution execution) {
    String lowerInstance = ReportVariables.text(execution, ReportVariables.LOWER_INSTANCE_ID);
    String decision = ReportVariables.text(execution, ReportVariables.UPPER_DECISION);
    engineWork.runAcrossCommittees(() -> runtime.createMessageCorrelation(ANSWERED)
        .processInstanceId(lowerInstance)
        .setVariable(ReportVariables.UPPER_DECISION, decision)
        .correlateWithResult());
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (keys.contains(LOWER_NAME) || keys.contains(LOWER_SUMMARY)) {
      String lower = ReportVariables.text(task, ReportVariables.LOWER_COMMITTEE_ID);
      if (lower != null) {
        values.put(LOWER_NAME, committees.committeeName(lower));
        values.put(LOWER_SUMMARY, annualReports.summary(annualReports
            .view(lower, ReportVariables.reportYear(task)).figures()));
      }
    }
    if (keys.contains(UPPER_NAME) || keys.contains(UPPER_REMARKS)) {
      String committee = committees.committeeOf(task.getExecution());
      reports.find(committee, ReportVariables.reportYear(task))
          .filter(r -> "RETURN".equals(r.upperDecision())).ifPresent(r -> {
            values.put(UPPER_REMARKS, r.upperRemarks());
            committees.upperOf(committee).map(committees::committeeName)
                .ifPresent(name -> values.put(UPPER_NAME, name));
          });
    }
    return values;
  }
}
