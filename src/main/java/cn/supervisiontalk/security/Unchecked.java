package cn.supervisiontalk.security;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Reads of the engine's identity data that must see everything whoever is signed in (e.g. the
 * groups of a person an administrator is about to change): run as their own command with the
 * authorization checks off.
 */
final class Unchecked {

  private Unchecked() {
  }

  static <T> T read(ProcessEngineConfigurationImpl configuration, Function<CommandContext, T> query) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return query.apply(context);
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }

  /** The ids of the groups {@code userId} is in. */
  static Set<String> groupsOf(ProcessEngineConfigurationImpl configuration, String userId) {
    return read(configuration, context -> context.getReadOnlyIdentityProvider()
        .createGroupQuery(context).groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet()));
  }

  /** Whether {@code groupId} has at least one member. */
  static boolean hasMembers(ProcessEngineConfigurationImpl configuration, String groupId) {
    return read(configuration, context -> context.getReadOnlyIdentityProvider()
        .createUserQuery(context).memberOfGroup(groupId).count() > 0);
  }
}
