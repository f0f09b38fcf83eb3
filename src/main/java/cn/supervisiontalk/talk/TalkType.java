package cn.supervisiontalk.talk;

/** The two kinds of supervision talk (article 5). */
public enum TalkType {
  /** 定期谈话 */
  REGULAR("定期谈话"),
  /** 及时谈话 */
  TIMELY("及时谈话");

  private final String label;

  TalkType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
