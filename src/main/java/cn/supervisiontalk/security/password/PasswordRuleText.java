package cn.supervisiontalk.security.password;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * Password rules in Chinese, for refusals: ours, and Camunda's own placeholders should another
 * policy be configured.
 */
public final class PasswordRuleText {

  /** The engine's refusal when a saved user's password breaks the policy (SaveUserCmd). */
  static final String ENGINE_REFUSAL = "Password does not match policy";

  private PasswordRuleText() {
  }

  public static String of(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case MinimumLengthRule.PLACEHOLDER -> "至少 " + p.get("minLength") + " 个字符";
      case CharacterClassesRule.PLACEHOLDER -> "包含大写字母、小写字母、数字、其他符号四类中的至少 "
          + p.get("minClasses") + " 类";
      case UserIdRule.PLACEHOLDER -> "不得包含用户名";
      case PasswordReuseRule.PLACEHOLDER -> "不得与最近 " + p.get("count") + " 次使用过的口令相同";
      case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + p.get("minLowerCase") + " 个小写字母";
      case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + p.get("minUpperCase") + " 个大写字母";
      case "PASSWORD_POLICY_DIGIT" -> "至少 " + p.get("minDigit") + " 个数字";
      case "PASSWORD_POLICY_SPECIAL" -> "至少 " + p.get("minSpecial") + " 个特殊字符";
      case "PASSWORD_POLICY_USER_DATA" -> "不得包含用户名、姓名或电子邮箱";
      default -> rule.getPlaceholder();
    };
  }

  /** 「口令不符合要求: …。」 naming the given rules. */
  public static String refusal(List<PasswordPolicyRule> rules) {
    return "口令不符合要求,未保存: 口令须"
        + rules.stream().map(PasswordRuleText::of).collect(Collectors.joining(";")) + "。";
  }

  /**
   * The Chinese answer to the engine's policy refusal (which names no rule): the whole current
   * policy; null for any other exception.
   */
  public static String engineRefusal(Throwable error) {
    if (!(error instanceof ProcessEngineException) || !ENGINE_REFUSAL.equals(error.getMessage())) {
      return null;
    }
    ProcessEngine engine = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
    return engine == null ? "口令不符合口令策略,未保存。"
        : refusal(engine.getIdentityService().getPasswordPolicy().getRules());
  }
}
