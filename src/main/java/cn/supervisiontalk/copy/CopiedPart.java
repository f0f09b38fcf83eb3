package cn.supervisiontalk.copy;

import java.util.Arrays;

/**
 * The parts of a talk copied as they come into existence (article 12, with article 15): the record
 * when the talk is held, the measures when the office accepts them, the results when the office has
 * reviewed them. The code travels in the message that starts processes/talk-copy.bpmn
 * ({@code copiedPart}); the label is how people read it.
 */
public enum CopiedPart {

  TALK_RECORD("谈话记录"),
  MEASURES("整改措施"),
  RESULTS("整改情况");

  private final String label;

  CopiedPart(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The part of this code; null for an unknown code. */
  public static CopiedPart of(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst().orElse(null);
  }
}
