package cn.supervisiontalk.security.password;

import cn.supervisiontalk.security.LoginThrottle;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person changes their own password with the old one, expired or not: the page for a login
 * refused because the password expired. The new password must satisfy the policy; every refusal
 * is Chinese and changes nothing. Wrong old passwords are throttled like logins ({@link
 * LoginThrottle}, per client address and user id).
 */
@Service
public class PasswordChange {

  static final String WRONG_OLD = "用户名或原口令不正确。连续输错多次须等待一段时间后才能再试。";

  private final IdentityService identity;
  private final PasswordLogins logins;
  private final LoginThrottle throttle;

  public PasswordChange(@Lazy IdentityService identity, PasswordLogins logins,
      LoginThrottle throttle) {
    this.identity = identity;
    this.logins = logins;
    this.throttle = throttle;
  }

  /** The change asked from {@code address}. */
  public void change(String address, String userId, String oldPassword, String newPassword) {
    if (blank(userId) || blank(oldPassword) || blank(newPassword)) {
      throw new BadUserRequestException("请填写用户名、原口令和新口令。");
    }
    Duration wait = throttle.waitFor(address, userId);
    if (!wait.isZero()) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
          "原口令输错次数过多,请在 " + Math.max(1, wait.toSeconds()) + " 秒后重试。");
    }
    identity.clearAuthentication();
    if (!logins.verifyAllowingExpired(userId, oldPassword)) {
      throttle.failed(address, userId);
      throw new BadUserRequestException(WRONG_OLD);
    }
    throttle.succeeded(address, userId);
    if (newPassword.equals(oldPassword)) {
      throw new BadUserRequestException("新口令不得与原口令相同。");
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(newPassword);
    List<PasswordPolicyRule> violated =
        identity.checkPasswordAgainstPolicy(newPassword, user).getViolatedRules();
    if (!violated.isEmpty()) {
      throw new BadUserRequestException(PasswordRuleText.refusal(violated));
    }
    identity.saveUser(user);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
