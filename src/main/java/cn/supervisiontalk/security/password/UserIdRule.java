package cn.supervisiontalk.security.password;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/** The password does not contain the person's user id, in any case. */
public record UserIdRule() implements PasswordPolicyRule {

  public static final String PLACEHOLDER = "PASSWORD_POLICY_USER_ID";

  @Override
  public String getPlaceholder() {
    return PLACEHOLDER;
  }

  @Override
  public Map<String, String> getParameters() {
    return Map.of();
  }

  @Override
  public boolean execute(String candidatePassword) {
    return true;
  }

  @Override
  public boolean execute(String candidatePassword, User user) {
    String id = user == null ? null : user.getId();
    return id == null || id.isBlank()
        || !candidatePassword.toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT));
  }
}
