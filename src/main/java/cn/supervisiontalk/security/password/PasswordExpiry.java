package cn.supervisiontalk.security.password;

import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import org.springframework.stereotype.Component;

/**
 * Whether a person's password is older than the expiry set by the security administrator. The
 * clock starts when the password is set, or, for a password set before the rule (no history), at
 * the person's next login.
 */
@Component
public class PasswordExpiry {

  private final PasswordHistory history;
  private final SecuritySettingsStore settings;

  public PasswordExpiry(PasswordHistory history, SecuritySettingsStore settings) {
    this.history = history;
    this.settings = settings;
  }

  public boolean expired(String userId) {
    int days = settings.current().expiryDays();
    return days > 0 && history.lastChange(userId)
        .map(changed -> changed.plusDays(days).isBefore(PasswordHistory.now()))
        .orElse(false);
  }

  public int expiryDays() {
    return settings.current().expiryDays();
  }
}
