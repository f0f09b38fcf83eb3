package cn.supervisiontalk.security.password;

import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** At least {@code minLength} characters (counted as characters, not bytes). */
public record MinimumLengthRule(int minLength) implements PasswordPolicyRule {

  /** Camunda's own placeholder, which the webapps already translate. */
  public static final String PLACEHOLDER = "PASSWORD_POLICY_LENGTH";

  @Override
  public String getPlaceholder() {
    return PLACEHOLDER;
  }

  @Override
  public Map<String, String> getParameters() {
    return Map.of("minLength", String.valueOf(minLength));
  }

  @Override
  public boolean execute(String candidatePassword) {
    return candidatePassword.codePointCount(0, candidatePassword.length()) >= minLength;
  }
}
