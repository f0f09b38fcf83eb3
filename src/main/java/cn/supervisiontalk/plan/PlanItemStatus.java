package cn.supervisiontalk.plan;

/** Where a plan item stands. */
public enum PlanItemStatus {
  NOT_STARTED("未开始"),
  IN_PROGRESS("进行中"),
  DONE("已完成"),
  LATE("逾期");

  private final String label;

  PlanItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
