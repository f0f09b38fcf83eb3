package cn.supervisiontalk.notification;

/** What a notice is about, as the notice list labels it. Stored by name in notification.kind. */
public enum NoticeKind {
  REMINDER("提醒"),
  TASK("新的待办"),
  RETURNED("被退回"),
  OVERDUE("逾期督办"),
  COPY("收到抄送"),
  PROPOSAL("建议处理结果"),
  TALK_NOTICE("谈话通知");

  private final String label;

  NoticeKind(String label) {
    this.label = label;
  }

  /** The Chinese label shown in the list. */
  public String label() {
    return label;
  }
}
