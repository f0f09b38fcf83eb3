package cn.supervisiontalk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows the guessing of passwords without letting anyone lock out someone else: failures are
 * counted per client address and user id, so wrong passwords from one address never stop the
 * right password from another. After {@code freeAttempts} failures in a row the pair waits
 * {@code firstDelay}, doubling with each further failure up to {@code maxDelay}; a successful
 * login resets it. Camunda's own lock per user (which anyone could trigger for any account) is
 * switched off in application.yaml. The counts live in memory, per application node.
 */
public class LoginThrottle {

  /** More pairs than this and the oldest are forgotten first (a flood cannot exhaust memory). */
  static final int MAX_ENTRIES = 100_000;

  private record Failures(int count, Instant last) {
  }

  private final int freeAttempts;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int freeAttempts, Duration firstDelay, Duration maxDelay, Clock clock) {
    this.freeAttempts = Math.max(1, freeAttempts);
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.clock = clock;
  }

  /** How long the pair must still wait before its next attempt; zero when it may try now. */
  public Duration waitFor(String address, String userId) {
    Failures entry = failures.get(key(address, userId));
    if (entry == null || entry.count() < freeAttempts) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), entry.last().plus(delay(entry.count())));
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String address, String userId) {
    Instant now = clock.instant();
    failures.merge(key(address, userId), new Failures(1, now),
        (old, one) -> new Failures(old.count() + 1, now));
    if (failures.size() > MAX_ENTRIES) {
      forgetOldest();
    }
  }

  public void succeeded(String address, String userId) {
    failures.remove(key(address, userId));
  }

  /** The wait after the {@code count}-th failure in a row. */
  Duration delay(int count) {
    int doublings = Math.min(count - freeAttempts, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private void forgetOldest() {
    Instant expired = clock.instant().minus(maxDelay);
    failures.values().removeIf(f -> f.last().isBefore(expired));
    if (failures.size() > MAX_ENTRIES) {
      failures.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last()))
          .ifPresent(e -> failures.remove(e.getKey()));
    }
  }

  private static String key(String address, String userId) {
    return address + '\n' + userId;
  }
}
