package cn.supervisiontalk.security.password;

import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import java.time.OffsetDateTime;
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
    return history.lastChange(userId).map(this::expiredSince).orElse(false);
  }

  /** Whether a password set at this moment has expired now. */
  public boolean expiredSince(OffsetDateTime changed) {
    int days = settings.current().expiryDays();
    return days > 0 && changed.plusDays(days).isBefore(PasswordHistory.now());
  }

  public int expiryDays() {
    return settings.current().expiryDays();
  }
}
