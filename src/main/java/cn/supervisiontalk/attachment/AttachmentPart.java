package cn.supervisiontalk.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a talk that documents belong to, each with the user task that takes them: the
 * talkee's self-inspection, a unit's material, the talk record, the measures and the results.
 */
public enum AttachmentPart {
  SELF_INSPECTION("selfInspection", "自查报告"),
  MATERIAL("provideMaterial", "协作单位材料"),
  TALK_RECORD("holdTalk", "谈话记录"),
  MEASURES("submitMeasures", "整改措施"),
  RESULTS("submitResults", "整改情况");

  private final String taskKey;
  private final String label;

  AttachmentPart(String taskKey, String label) {
    this.taskKey = taskKey;
    this.label = label;
  }

  public String taskKey() {
    return taskKey;
  }

  /** The part's Chinese name. */
  public String label() {
    return label;
  }

  /** The part the task of this definition key takes files for; empty for any other task. */
  public static Optional<AttachmentPart> ofTaskKey(String taskKey) {
    return Arrays.stream(values()).filter(p -> p.taskKey.equals(taskKey)).findFirst();
  }
}
