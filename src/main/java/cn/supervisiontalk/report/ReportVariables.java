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
  /** The committee an instance is started for (engine.CommitteeTenancy makes it the tenant). */
  public static final String COMMITTEE_ID = "committeeId";
  public static final String HAS_UPPER = "hasUpperCommittee";
  public static final String LOWER_COMMITTEE_ID = "lowerCommitteeId";
  public static final String LOWER_INSTANCE_ID = "lowerReportInstanceId";
  public static final String UPPER_DECISION = "upperDecision";

  private ReportVariables() {
  }

  public static int reportYear(VariableScope scope) {
    return ((Number) scope.getVariable(REPORT_YEAR)).intValue();
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : String.valueOf(value);
  }
}
