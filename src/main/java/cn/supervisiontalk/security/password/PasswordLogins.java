package cn.supervisiontalk.security.password;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Password checks beside the login, run as engine commands through
 * {@link PasswordAwareIdentityProvider}: whether a login is refused only for an expired password
 * (so that the refusal can say so), and the old password on the password-change page.
 */
@Component
public class PasswordLogins {

  private final ProcessEngine engine;
  private final PasswordExpiry expiry;

  public PasswordLogins(@Lazy ProcessEngine engine, PasswordExpiry expiry) {
    this.engine = engine;
    this.expiry = expiry;
  }

  public boolean correctButExpired(String userId, String password) {
    return expiry.expiryDays() > 0 && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> provider(context).correctButExpired(userId, password));
  }

  /** The person's password, expired or not; wrong guesses count towards Camunda's lock. */
  public boolean verifyAllowingExpired(String userId, String password) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> provider(context).verify(userId, password, true));
  }

  private static PasswordAwareIdentityProvider provider(CommandContext context) {
    return (PasswordAwareIdentityProvider) context.getReadOnlyIdentityProvider();
  }
}
