package cn.supervisiontalk.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A person's name is the organization's record of them: only the system administrator (group
 * systemAdministrator) and camunda-admin change it. Everyone else who saves a profile (their own,
 * over /engine-rest or Tasklist's and Admin's profile page) may change the e-mail address, not the
 * first or last name. The application's own work (seeds, term changes) runs without a person and
 * is not checked.
 */
class ProfileNames extends CommandInterceptor {

  static final String REFUSED = "姓名只能由系统管理员修改;您可以修改自己的电子邮箱。";

  private final ProcessEngineConfigurationImpl configuration;

  ProfileNames(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof SaveUserCmd save && Context.getCommandContext() == null) {
      Authentication person = configuration.getIdentityService().getCurrentAuthentication();
      if (person != null && person.getUserId() != null && !mayRename(person.getGroupIds())) {
        refuseNameChange(user(save));
      }
    }
    return next.execute(command);
  }

  private static boolean mayRename(List<String> groups) {
    return groups != null && (groups.contains(Roles.SYSTEM_ADMINISTRATOR) || groups.contains(Roles.ADMIN));
  }

  private void refuseNameChange(User changed) {
    if (changed == null || changed.getId() == null) {
      return;
    }
    User stored = configuration.getCommandExecutorTxRequired().execute(context -> stored(context, changed.getId()));
    if (stored != null && (!Objects.equals(stored.getFirstName(), changed.getFirstName())
        || !Objects.equals(stored.getLastName(), changed.getLastName()))) {
      throw new AuthorizationException(REFUSED);
    }
  }

  private static User stored(CommandContext context, String id) {
    context.disableAuthorizationCheck();
    try {
      return context.getReadOnlyIdentityProvider().findUserById(id);
    } finally {
      context.enableAuthorizationCheck();
    }
  }

  private static User user(SaveUserCmd command) {
    try {
      Field field = SaveUserCmd.class.getDeclaredField("user");
      field.setAccessible(true);
      return (User) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda 命令 SaveUserCmd 没有字段 user", e);
    }
  }
}
