package cn.supervisiontalk.talk;

/** Where a talk stands. */
public enum TalkStage {
  PREPARATION("谈话准备"),
  RECTIFICATION("整改落实"),
  ARCHIVING("汇总归档"),
  ARCHIVED("已归档"),
  CANCELLED("已撤销");

  private final String label;

  TalkStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
