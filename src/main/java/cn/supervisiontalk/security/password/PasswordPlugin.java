package cn.supervisiontalk.security.password;

import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Installs the password rules into the engine: the hash algorithm of
 * {@code supervision-talk.security.password-hash} (SHA-512, Camunda's, or SM3) with the other one
 * kept for checking existing passwords, the identity provider that records, upgrades and expires
 * passwords, and the policy built from the security administrator's settings.
 *
 * <p>The policy ({@code enablePasswordPolicy}) applies once the application is ready: the
 * passwords the application sets itself at start-up from its configuration (the administrator of
 * {@code camunda.bpm.admin-user}, the demo organization's users) are not a person's choice; in
 * production the administrator's password is checked before start (ProductionCredentials).
 */
@Component
public class PasswordPlugin extends AbstractProcessEnginePlugin {

  private final String algorithm;
  private final PasswordHistory history;
  private final PasswordExpiry expiry;
  private final SecuritySettingsStore settings;
  private final ApplicationEventPublisher events;
  private ProcessEngineConfigurationImpl configuration;
  private boolean policyEnabled;

  public PasswordPlugin(@Value("${supervision-talk.security.password-hash:SHA-512}") String algorithm,
      PasswordHistory history, PasswordExpiry expiry, SecuritySettingsStore settings,
      ApplicationEventPublisher events) {
    this.algorithm = algorithm.trim().toUpperCase();
    this.history = history;
    this.expiry = expiry;
    this.settings = settings;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    PasswordEncryptor sm3 = new Sm3PasswordEncryptor();
    List<PasswordEncryptor> checkers = new ArrayList<>();
    if (configuration.getCustomPasswordChecker() != null) {
      checkers.addAll(configuration.getCustomPasswordChecker());
    }
    switch (algorithm) {
      case "SHA-512" -> {
        configuration.setPasswordEncryptor(new Sha512HashDigest());
        checkers.add(sm3);
      }
      case Sm3PasswordEncryptor.NAME -> configuration.setPasswordEncryptor(sm3);
      default -> throw new IllegalStateException("supervision-talk.security.password-hash 的取值“"
          + algorithm + "”无效,应为 SHA-512 或 SM3。");
    }
    configuration.setCustomPasswordChecker(checkers);
    configuration.setIdentityProviderSessionFactory(
        new PasswordAwareIdentityProviderFactory(history, expiry, algorithm,
            () -> events.publishEvent(new IdentityChanged())));
    configuration.setPasswordPolicy(new SettingsPasswordPolicy(settings, history,
        configuration::getPasswordManager));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    policyEnabled = configuration.isEnablePasswordPolicy();
    configuration.setEnablePasswordPolicy(false);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void enforcePolicy() {
    if (configuration != null) {
      configuration.setEnablePasswordPolicy(policyEnabled);
    }
  }
}
