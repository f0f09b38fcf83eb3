package cn.supervisiontalk.talk;

/** The six situations of article 5 that call for a timely talk. */
public enum Trigger {
  PETITIONS("信访举报反映问题较多或突出"),
  CRITICIZED("所在党组织被通报批评或引发负面舆情"),
  INSPECTION_FINDINGS("主体责任检查考核发现问题较多或突出"),
  MAJOR_CASE("管辖范围内发生重大违纪违法案件或“四风”问题"),
  PERSONAL_TENDENCY("本人存在苗头性倾向性问题"),
  OTHER("其他情形");

  private final String label;

  Trigger(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The trigger with this code, or null. */
  public static Trigger of(Object code) {
    for (Trigger trigger : values()) {
      if (trigger.name().equals(code)) {
        return trigger;
      }
    }
    return null;
  }
}
