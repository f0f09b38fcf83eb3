package cn.supervisiontalk.security.settings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current password and session rules: the latest row of table security_settings, or the
 * defaults of application.yaml ({@code supervision-talk.security.*}) while there is none. Read on
 * every password check and every webapp request, so the rules are kept for a few seconds; a change
 * made on this server applies at once, one made on another server of a cluster within
 * {@link #KEPT}.
 */
@Repository
public class SecuritySettingsStore {

  static final Duration KEPT = Duration.ofSeconds(10);

  private final JdbcClient jdbc;
  private final SecuritySettings defaults;
  private volatile Cached cached;

  private record Cached(SecuritySettings settings, Instant until) {
  }

  public SecuritySettingsStore(JdbcClient jdbc,
      @Value("${supervision-talk.security.password-min-length:12}") int minLength,
      @Value("${supervision-talk.security.password-required-classes:3}") int requiredClasses,
      @Value("${supervision-talk.security.password-expiry-days:90}") int expiryDays,
      @Value("${supervision-talk.security.password-history:5}") int historySize,
      @Value("${supervision-talk.security.session-idle-minutes:30}") int idleMinutes,
      @Value("${supervision-talk.security.single-login:false}") boolean singleLogin) {
    this.jdbc = jdbc;
    this.defaults = new SecuritySettings(minLength, requiredClasses, expiryDays, historySize,
        idleMinutes, singleLogin, null, null).validated();
  }

  public SecuritySettings current() {
    Cached now = cached;
    if (now != null && Instant.now().isBefore(now.until())) {
      return now.settings();
    }
    SecuritySettings settings = latest().orElse(defaults);
    cached = new Cached(settings, Instant.now().plus(KEPT));
    return settings;
  }

  /** Records the new rules (already validated, with who and when) and applies them at once. */
  public void save(SecuritySettings settings) {
    jdbc.sql("""
        insert into security_settings (min_length, required_classes, expiry_days, history_size,
          idle_timeout_minutes, single_login, changed_by, changed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(settings.minLength(), settings.requiredClasses(), settings.expiryDays(),
            settings.historySize(), settings.idleTimeoutMinutes(), settings.singleLogin(),
            settings.changedBy(), settings.changedAt())
        .update();
    cached = null;
  }

  private Optional<SecuritySettings> latest() {
    return jdbc.sql("""
        select min_length, required_classes, expiry_days, history_size, idle_timeout_minutes,
          single_login, changed_by, changed_at
        from security_settings order by id desc limit 1""")
        .query((rs, n) -> new SecuritySettings(rs.getInt("min_length"),
            rs.getInt("required_classes"), rs.getInt("expiry_days"), rs.getInt("history_size"),
            rs.getInt("idle_timeout_minutes"), rs.getBoolean("single_login"),
            rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
        .optional();
  }
}
