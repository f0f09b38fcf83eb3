package cn.supervisiontalk.security.password;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Opens a {@link PasswordAwareIdentityProvider} for each command, in place of Camunda's
 * GenericManagerFactory (which can only call a constructor without arguments).
 */
public record PasswordAwareIdentityProviderFactory(PasswordHistory history, PasswordExpiry expiry,
    String algorithm, Runnable identityChanged) implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return PasswordAwareIdentityProvider.class;
  }

  @Override
  public Session openSession() {
    return new PasswordAwareIdentityProvider(history, expiry, algorithm, identityChanged);
  }
}
