package cn.supervisiontalk.security.password;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
 *   <li>every change of a person, a group, a tenant or a membership is announced
 *       ({@link IdentityChanged}), when it is made and when it commits, so remembered logins are
 *       forgotten.</li>
 * </ul>
 * One instance per command, opened by {@link PasswordAwareIdentityProviderFactory}.
 */
public class PasswordAwareIdentityProvider extends DbIdentityServiceProvider {

  private final PasswordHistory history;
  private final PasswordExpiry expiry;
  private final String algorithm;
  private final Runnable identityChanged;

  public PasswordAwareIdentityProvider(PasswordHistory history, PasswordExpiry expiry,
      String algorithm, Runnable identityChanged) {
    this.history = history;
    this.expiry = expiry;
    this.algorithm = algorithm;
    this.identityChanged = identityChanged;
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
    Optional<OffsetDateTime> lastChange = history.lastChange(userId);
    if (lastChange.isEmpty()) {
      history.record(userId, user.getPassword(), user.getSalt());
      return true;
    }
    return allowExpired || !expiry.expiredSince(lastChange.get());
  }

  /** Whether this is the person's password and it has expired; changes nothing. */
  public boolean correctButExpired(String userId, String password) {
    UserEntity user = userId == null ? null : findUserById(userId);
    return user != null && password != null && !isUserLocked(user) && expiry.expired(userId)
        && matchPassword(password, user);
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    IdentityOperationResult result = changed(super.saveUser(user));
    UserEntity saved = (UserEntity) user;
    if (saved.hasNewPassword()) {
      history.record(saved.getId(), saved.getPassword(), saved.getSalt());
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    IdentityOperationResult result = changed(super.deleteUser(userId));
    history.forget(userId);
    return result;
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    return changed(super.unlockUser(userId));
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    return changed(super.saveGroup(group));
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return changed(super.deleteGroup(groupId));
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    return changed(super.saveTenant(tenant));
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    return changed(super.deleteTenant(tenantId));
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    return changed(super.createMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    return changed(super.deleteMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    return changed(super.createTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    return changed(super.createTenantGroupMembership(tenantId, groupId));
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    return changed(super.deleteTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    return changed(super.deleteTenantGroupMembership(tenantId, groupId));
  }

  /** Announces the change now and once more when it commits (a login checked meanwhile saw the old state). */
  private IdentityOperationResult changed(IdentityOperationResult result) {
    identityChanged.run();
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          committed -> identityChanged.run());
    }
    return result;
  }
}
