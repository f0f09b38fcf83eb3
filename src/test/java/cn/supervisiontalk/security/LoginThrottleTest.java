package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Login throttling per client address and user id. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-30T08:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final LoginThrottle throttle =
      new LoginThrottle(3, Duration.ofSeconds(10), Duration.ofSeconds(60), clock);

  @Test
  void waitsGrowAfterTheFreeAttemptsAndEndWithTime() {
    for (int i = 0; i < 2; i++) {
      throttle.failed("10.0.0.9", "admin");
    }
    assertThat(throttle.waitFor("10.0.0.9", "admin")).isZero();
    throttle.failed("10.0.0.9", "admin");
    assertThat(throttle.waitFor("10.0.0.9", "admin")).isEqualTo(Duration.ofSeconds(10));
    now = now.plusSeconds(10);
    assertThat(throttle.waitFor("10.0.0.9", "admin")).isZero();
    throttle.failed("10.0.0.9", "admin");
    assertThat(throttle.waitFor("10.0.0.9", "admin")).isEqualTo(Duration.ofSeconds(20));
    throttle.failed("10.0.0.9", "admin");
    throttle.failed("10.0.0.9", "admin");
    throttle.failed("10.0.0.9", "admin");
    assertThat(throttle.waitFor("10.0.0.9", "admin")).as("capped").isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void anotherAddressOrUserIsUnaffectedAndSuccessResets() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.0.0.9", "admin");
    }
    assertThat(throttle.waitFor("10.0.0.9", "admin")).isPositive();
    assertThat(throttle.waitFor("10.0.0.1", "admin")).as("the owner's address").isZero();
    assertThat(throttle.waitFor("10.0.0.9", "liuyang")).as("another user").isZero();
    throttle.succeeded("10.0.0.9", "admin");
    assertThat(throttle.waitFor("10.0.0.9", "admin")).isZero();
  }

  @Test
  void basicUserIsReadFromTheHeader() {
    String header = "Basic " + java.util.Base64.getEncoder().encodeToString("钱峰:x:y".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(LoginThrottleFilter.basicUser(header)).isEqualTo("钱峰");
    assertThat(LoginThrottleFilter.basicUser("Basic !!!")).isNull();
    assertThat(LoginThrottleFilter.basicUser("Bearer x")).isNull();
    assertThat(LoginThrottleFilter.basicUser(null)).isNull();
  }
}
