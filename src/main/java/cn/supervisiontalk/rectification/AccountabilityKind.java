package cn.supervisiontalk.rectification;

/** Why an accountability record (article 17) was made. */
public enum AccountabilityKind {
  MEASURES_OVERDUE("整改措施逾期未报送"),
  RESULTS_OVERDUE("整改情况逾期未报告"),
  PERFUNCTORY("敷衍整改"),
  FALSE_RECTIFICATION("虚假整改");

  private final String label;

  AccountabilityKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
