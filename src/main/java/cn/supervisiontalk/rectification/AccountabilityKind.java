package cn.supervisiontalk.rectification;

/**
 * A finding of article 17: a step done late, or what the office found reviewing the results. A
 * finding is not yet accountability; the competent bodies decide on that
 * ({@link AccountabilityDecisions}).
 */
public enum AccountabilityKind {
  MEASURES_OVERDUE("整改逾期(整改措施)"),
  RESULTS_OVERDUE("整改逾期(整改情况)"),
  PERFUNCTORY("敷衍整改"),
  FALSE_RECTIFICATION("虚假整改"),
  UNTRUTHFUL("未如实报告整改情况"),
  PREPARATION_OVERDUE("谈话准备逾期"),
  TALK_RECORD_OVERDUE("谈话记录逾期"),
  OFFICE_OVERDUE("办公室办理逾期");

  private final String label;

  AccountabilityKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
