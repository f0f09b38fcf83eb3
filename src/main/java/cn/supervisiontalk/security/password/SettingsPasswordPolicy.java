package cn.supervisiontalk.security.password;

import cn.supervisiontalk.security.settings.SecuritySettings;
import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.digest.PasswordManager;

/**
 * The engine's password policy, built from the security administrator's current settings each
 * time it is asked: length, character classes, not the user id, not a recent password.
 */
public class SettingsPasswordPolicy implements PasswordPolicy {

  private final SecuritySettingsStore settings;
  private final PasswordHistory history;
  private final Supplier<PasswordManager> passwords;

  public SettingsPasswordPolicy(SecuritySettingsStore settings, PasswordHistory history,
      Supplier<PasswordManager> passwords) {
    this.settings = settings;
    this.history = history;
    this.passwords = passwords;
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    SecuritySettings current = settings.current();
    List<PasswordPolicyRule> rules = new ArrayList<>();
    rules.add(new MinimumLengthRule(current.minLength()));
    rules.add(new CharacterClassesRule(current.requiredClasses()));
    rules.add(new UserIdRule());
    if (current.historySize() > 0) {
      rules.add(new PasswordReuseRule(current.historySize(), history, passwords.get()));
    }
    return rules;
  }
}
