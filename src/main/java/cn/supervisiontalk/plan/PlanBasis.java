package cn.supervisiontalk.plan;

/** What an annual plan item is based on (article 5). */
public enum PlanBasis {
  INSPECTION("巡视巡察"),
  DISCIPLINE_REVIEW("纪律审查"),
  AUDIT("审计监督"),
  SPECIAL_CHECK("专项检查"),
  ASSESSMENT("干部考核");

  private final String label;

  PlanBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String code) {
    for (PlanBasis basis : values()) {
      if (basis.name().equals(code)) {
        return basis.label;
      }
    }
    return code;
  }
}
