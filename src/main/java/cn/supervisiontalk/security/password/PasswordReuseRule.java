package cn.supervisiontalk.security.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * The new password is none of the person's latest {@code count} passwords (the current one
 * included), compared by hashing it with each stored password's salt and algorithm.
 *
 * <p>It judges only a password being set on a person ({@link UserEntity} carrying the new
 * password: saving a user, the password-change page). Camunda's check endpoint
 * (/identity/password-policy), which anyone signed in may call with any user id, always passes
 * it: otherwise it would tell whether a guess is one of another person's passwords.
 */
public record PasswordReuseRule(int count, PasswordHistory history, PasswordManager passwords)
    implements PasswordPolicyRule {

  public static final String PLACEHOLDER = "PASSWORD_POLICY_HISTORY";

  @Override
  public String getPlaceholder() {
    return PLACEHOLDER;
  }

  @Override
  public Map<String, String> getParameters() {
    return Map.of("count", String.valueOf(count));
  }

  @Override
  public boolean execute(String candidatePassword) {
    return true;
  }

  @Override
  public boolean execute(String candidatePassword, User user) {
    if (!(user instanceof UserEntity person) || !person.hasNewPassword() || person.getId() == null) {
      return true;
    }
    List<PasswordHistory.Stored> used = new ArrayList<>();
    if (person.getPassword() != null) {
      used.add(new PasswordHistory.Stored(person.getPassword(), person.getSalt()));
    }
    used.addAll(history.latest(person.getId(), count));
    return used.stream().noneMatch(stored -> passwords.check(
        EncryptionUtil.saltPassword(candidatePassword, stored.salt()), stored.hash()));
  }
}
