package cn.supervisiontalk.ledger;

import cn.supervisiontalk.copy.CopiedPart;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.Trigger;
import java.util.Map;

/**
 * The Chinese words for the codes the talk's records keep, as the forms and the regulation name
 * them. A code without a word (a record older or newer than this code) is shown as it is kept.
 */
final class Labels {

  private static final Map<String, String> MEASURES_DECISIONS =
      Map.of("ACCEPT", "通过", "RETURN", "退回修改");

  private static final Map<String, String> RESULTS_DECISIONS = Map.of(
      "RECTIFIED", "整改到位", "RETURN", "退回补充", "PERFUNCTORY", "敷衍整改",
      "FALSE_RECTIFICATION", "虚假整改", "UNTRUTHFUL", "未如实报告整改情况");

  private static final Map<String, String> ACCOUNTABILITY_DECISIONS =
      Map.of("ACCOUNTABLE", "追究责任", "NOT_ACCOUNTABLE", "不予追究");

  /** The steps an escalation (督办) is about (talk_escalation.stage). */
  private static final Map<String, String> ESCALATED_STEPS = Map.of(
      "PREPARATION", "谈话准备", "TALK_RECORD", "谈话记录", "MEASURES", "整改措施",
      "RESULTS", "整改情况");

  private Labels() {
  }

  static String type(String code) {
    for (TalkType type : TalkType.values()) {
      if (type.name().equals(code)) {
        return type.label();
      }
    }
    return code;
  }

  static String stage(String code) {
    for (TalkStage stage : TalkStage.values()) {
      if (stage.name().equals(code)) {
        return stage.label();
      }
    }
    return code;
  }

  /** A finding of article 17. */
  static String finding(String code) {
    for (AccountabilityKind kind : AccountabilityKind.values()) {
      if (kind.name().equals(code)) {
        return kind.label();
      }
    }
    return code;
  }

  /** Whether the finding is a missed deadline rather than what a review found. */
  static boolean missedDeadline(String code) {
    return code != null && code.endsWith("_OVERDUE");
  }

  static String trigger(String code) {
    Trigger trigger = Trigger.of(code);
    return trigger == null ? code : trigger.label();
  }

  static String measuresDecision(String code) {
    return MEASURES_DECISIONS.getOrDefault(code, code);
  }

  static String resultsDecision(String code) {
    return RESULTS_DECISIONS.getOrDefault(code, code);
  }

  static String accountabilityDecision(String code) {
    return ACCOUNTABILITY_DECISIONS.getOrDefault(code, code);
  }

  static String escalatedStep(String code) {
    return ESCALATED_STEPS.getOrDefault(code, code);
  }

  static String copiedPart(String code) {
    CopiedPart part = CopiedPart.of(code);
    return part == null ? code : part.label();
  }
}
