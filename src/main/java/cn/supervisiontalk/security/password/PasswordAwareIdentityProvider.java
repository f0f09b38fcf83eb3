package cn.supervisiontalk.security.password;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with the password rules that need the stored password:
 * <ul>
 *   <li>every password set is recorded in the history (hash and salt only);</li>
 *   <li>a correct password stored with the other algorithm (SHA-512 or SM3) is hashed again with
 *       the configured one, with a new salt, without the policy's reuse check;</li>
 *   <li>an expired password does not log in ({@link #checkPassword} is false), only the
 *       password-change page accepts it ({@link #verify} with {@code allowExpired}).</li>
 * </ul>
 * One instance per command, opened by {@link PasswordAwareIdentityProviderFactory}.
 */
public class PasswordAwareIdentityProvider extends DbIdentityServiceProvider {

  private final PasswordHistory history;
  private final PasswordExpiry expiry;
  private final String algorithm;

  public PasswordAwareIdentityProvider(PasswordHistory history, PasswordExpiry expiry,
      String algorithm) {
    this.history = history;
    this.expiry = expiry;
    this.algorithm = algorithm;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return verify(userId, password, false);
  }

  /**
   * Camunda's check (failed attempts lock the person for a while); then the hash upgrade and the
   * start of the expiry clock for a password set before the rule.
   */
  public boolean verify(String userId, String password, boolean allowExpired) {
    if (!super.checkPassword(userId, password)) {
      return false;
    }
    UserEntity user = findUserById(userId);
    if (!user.getPassword().startsWith("{" + algorithm + "}")) {
      user.setPassword(password);
      user.encryptPassword();
    }
    if (history.lastChange(userId).isEmpty()) {
      history.record(userId, user.getPassword(), user.getSalt());
    }
    return allowExpired || !expiry.expired(userId);
  }

  /** Whether this is the person's password and it has expired; changes nothing. */
  public boolean correctButExpired(String userId, String password) {
    UserEntity user = userId == null ? null : findUserById(userId);
    return user != null && password != null && !isUserLocked(user) && expiry.expired(userId)
        && matchPassword(password, user);
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    IdentityOperationResult result = super.saveUser(user);
    UserEntity saved = (UserEntity) user;
    if (saved.hasNewPassword()) {
      history.record(saved.getId(), saved.getPassword(), saved.getSalt());
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    IdentityOperationResult result = super.deleteUser(userId);
    history.forget(userId);
    return result;
  }
}
