package cn.supervisiontalk.security;

import cn.supervisiontalk.security.SeparationOfDuties.Person;
import java.lang.reflect.Field;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Applies {@link SeparationOfDuties} to the commands that change who is in which group and who
 * is granted what, whenever a person is signed in (REST, the webapps, the application's API); the
 * application's own start-up and the demo seeds run without a person and are not checked. A refusal
 * is an {@link AuthorizationException} with a Chinese message: 403 over REST, shown by the Admin
 * webapp, and nothing is changed.
 */
class SeparationGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  SeparationGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    if (Context.getCommandContext() == null && authentication != null
        && authentication.getUserId() != null) {
      refuse(check(command, authentication.getUserId()));
    }
    return next.execute(command);
  }

  private String check(Command<?> command, String userId) {
    if (command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd) {
      String member = read(command, "userId");
      return SeparationOfDuties.membership(actor(userId), member, groupsOf(member),
          read(command, "groupId"), command instanceof CreateMembershipCmd);
    }
    if (command instanceof SaveAuthorizationCmd) {
      Authorization authorization = read(command, "authorization");
      Set<String> userGroups = authorization.getUserId() == null
          || Authorization.ANY.equals(authorization.getUserId())
          ? Set.of() : groupsOf(authorization.getUserId());
      return SeparationOfDuties.authorization(actor(userId), authorization, userGroups);
    }
    if (command instanceof DeleteAuthorizationCmd) {
      String id = read(command, "authorizationId");
      Authorization authorization = Unchecked.read(configuration,
          context -> new AuthorizationQueryImpl().authorizationId(id).singleResult());
      return authorization == null ? null : SeparationOfDuties.deletion(actor(userId), authorization);
    }
    if (command instanceof DeleteGroupCmd) {
      return SeparationOfDuties.groupDeletion(actor(userId), read(command, "groupId"));
    }
    return null;
  }

  private Person actor(String userId) {
    return new Person(userId, groupsOf(userId));
  }

  private Set<String> groupsOf(String userId) {
    return userId == null ? Set.of() : Unchecked.groupsOf(configuration, userId);
  }

  private static void refuse(String reason) {
    if (reason != null) {
      throw new SeparationRefused(reason);
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> V read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared by a superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Camunda 命令 " + command.getClass().getName() + " 没有字段 " + name);
  }

  /** A change refused by 三员分立. */
  static class SeparationRefused extends AuthorizationException {

    SeparationRefused(String message) {
      super(message);
    }
  }
}
