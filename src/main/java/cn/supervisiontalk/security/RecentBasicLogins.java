package cn.supervisiontalk.security;

import cn.supervisiontalk.security.password.IdentityChanged;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Successful HTTP basic logins of /engine-rest, remembered for a short while
 * ({@code supervision-talk.security.basic-login-cache}, 30 seconds; 0 turns it off), so that a
 * client sending its login with every request is not checked against the database (password,
 * groups, tenants: three engine commands) every time. Only successes are remembered, under an
 * HMAC of user id and password with a key made at start-up, never the password itself. Any change
 * of a person, a group, a tenant or a membership on this node forgets them all at once; on the
 * other nodes of a cluster it takes effect when the remembered login expires.
 */
@Component
public class RecentBasicLogins {

  private static final int MAX_LOGINS = 10_000;

  /** Who the login is, with the groups and tenants it had when it was checked. */
  public record Login(String userId, List<String> groups, List<String> tenants, long expiresAt) {}

  private final Map<String, Login> logins = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final long ttlNanos;
  private final SecretKeySpec key;

  public RecentBasicLogins(
      @Value("${supervision-talk.security.basic-login-cache:30s}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The remembered login for these credentials, or null. */
  public Login find(String userId, String password) {
    if (ttlNanos <= 0) {
      return null;
    }
    Login login = logins.get(fingerprint(userId, password));
    return login != null && login.expiresAt() - System.nanoTime() > 0 ? login : null;
  }

  /** A marker to pass to {@link #remember}: changes made meanwhile keep the login from being kept. */
  public long generation() {
    return generation.get();
  }

  /** Keeps a login checked just now, unless people or groups changed since {@code checkedAt}. */
  public void remember(String userId, String password, List<String> groups, List<String> tenants,
      long checkedAt) {
    if (ttlNanos <= 0 || generation.get() != checkedAt) {
      return;
    }
    if (logins.size() >= MAX_LOGINS) {
      logins.clear();
    }
    logins.put(fingerprint(userId, password),
        new Login(userId, List.copyOf(groups), List.copyOf(tenants), System.nanoTime() + ttlNanos));
  }

  /** Someone's password, name, groups or tenants changed: every login is checked afresh. */
  @EventListener(IdentityChanged.class)
  public void forgetAll() {
    generation.incrementAndGet();
    logins.clear();
  }

  private String fingerprint(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(
          mac.doFinal((userId + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
