package cn.supervisiontalk.report;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of the annual report ({@code annualReport}): the year compiled and its
 * figures in a few lines for the review. The office's remark is in the report itself; a listener
 * reads and writes these only through this class.
 */
public final class ReportVariables {

  public static final String REPORT_YEAR = "reportYear";
  public static final String REPORT_SUMMARY = "reportSummary";

  private ReportVariables() {
  }

  public static int reportYear(VariableScope scope) {
    return ((Number) scope.getVariable(REPORT_YEAR)).intValue();
  }
}
