package cn.supervisiontalk.security.password;

import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * Characters of at least {@code minClasses} of the four classes: upper-case letters, lower-case
 * letters, digits and others (punctuation, symbols, spaces, Chinese characters).
 */
public record CharacterClassesRule(int minClasses) implements PasswordPolicyRule {

  public static final String PLACEHOLDER = "PASSWORD_POLICY_CHARACTER_CLASSES";

  @Override
  public String getPlaceholder() {
    return PLACEHOLDER;
  }

  @Override
  public Map<String, String> getParameters() {
    return Map.of("minClasses", String.valueOf(minClasses));
  }

  @Override
  public boolean execute(String candidatePassword) {
    return classes(candidatePassword) >= minClasses;
  }

  static int classes(String password) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int c : password.codePoints().toArray()) {
      if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
