package cn.supervisiontalk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The rules of 三员分立 as decisions: each method answers with the Chinese refusal, or null where
 * the change is allowed. {@link SeparationGuard} applies them to the engine's commands.
 * <ul>
 *   <li>nobody is in two of the three administrator roles, nor in an administrator role and any
 *       other group (a business role such as office, or camunda-admin);</li>
 *   <li>an administrator assigns only the role given to him in {@link #ASSIGNED_BY} (the security
 *       administrator the system administrator and the auditor; the system administrator the
 *       security administrator), never his own, and never changes camunda-admin;</li>
 *   <li>an administrator never creates, changes or deletes an authorization of himself or of a group
 *       he is in, and never grants an administrator (role or member, or everyone) anything but the
 *       management of users, groups, tenants and authorizations and the Admin webapp.</li>
 * </ul>
 */
final class SeparationOfDuties {

  /** Which administrator role assigns (adds and removes the members of) which. */
  static final Map<String, String> ASSIGNED_BY = Map.of(
      Roles.SYSTEM_ADMINISTRATOR, Roles.SECURITY_ADMINISTRATOR,
      Roles.AUDITOR, Roles.SECURITY_ADMINISTRATOR,
      Roles.SECURITY_ADMINISTRATOR, Roles.SYSTEM_ADMINISTRATOR);

  static final String TWO_ROLES = "三员分立: 同一人不能同时担任系统管理员、安全管理员、安全审计员中的两个角色。";
  static final String ROLE_AND_BUSINESS = "三员分立: 系统管理员、安全管理员和安全审计员不能同时属于业务用户组"
      + "(如党委办公室、领导班子成员、协作单位、流程负责人)或 camunda-admin。";
  static final String OWN_ROLE = "三员分立: 管理员不能为自己分配或撤销管理员角色。";
  static final String SETUP_GROUP = "三员分立: camunda-admin 仅用于初始设置,管理员不能变更其成员。";
  static final String OWN_AUTHORIZATION = "三员分立: 管理员不能创建、修改或删除涉及本人或本人所在用户组的授权。";
  static final String CONTENT_FOR_ADMINISTRATORS = "三员分立: 不能授予系统管理员、安全管理员、安全审计员"
      + "(或其成员、所有用户)访问谈话流程、任务、历史、变量、任务列表或驾驶舱的权限;"
      + "管理员只能获得用户、用户组、租户、授权的管理权限和管理台(admin)。";
  static final String ADMINISTRATOR_GROUP = "三员分立: 管理员角色用户组和 camunda-admin 不能删除。";

  /** What an administrator may be granted: identity management and the Admin webapp only. */
  private static final Set<Integer> ADMINISTRATION = Set.of(Resources.USER.resourceType(),
      Resources.GROUP.resourceType(), Resources.GROUP_MEMBERSHIP.resourceType(),
      Resources.TENANT.resourceType(), Resources.TENANT_MEMBERSHIP.resourceType(),
      Resources.AUTHORIZATION.resourceType());

  /** A signed-in person with the groups he is in now. */
  record Person(String id, Set<String> groups) {

    boolean administrator() {
      return groups.stream().anyMatch(Roles.ADMINISTRATORS::containsKey);
    }
  }

  private SeparationOfDuties() {
  }

  /**
   * Adding {@code userId} (now in {@code userGroups}) to {@code groupId}, or removing him, by
   * {@code actor}.
   */
  static String membership(Person actor, String userId, Set<String> userGroups, String groupId,
      boolean adding) {
    if (actor.administrator()) {
      boolean administratorRole = Roles.ADMINISTRATORS.containsKey(groupId);
      if (actor.id().equals(userId) && (administratorRole || Roles.ADMIN.equals(groupId))) {
        return OWN_ROLE;
      }
      if (Roles.ADMIN.equals(groupId)) {
        return SETUP_GROUP;
      }
      if (administratorRole && !actor.groups().contains(ASSIGNED_BY.get(groupId))) {
        return "三员分立: " + Roles.ADMINISTRATORS.get(groupId) + "只能由"
            + Roles.ADMINISTRATORS.get(ASSIGNED_BY.get(groupId)) + "分配或撤销。";
      }
    }
    if (!adding) {
      return null;
    }
    Set<String> after = new HashSet<>(userGroups);
    after.add(groupId);
    return combination(after);
  }

  /** Whether one person may be in all of {@code groups} at once. */
  static String combination(Collection<String> groups) {
    long roles = groups.stream().filter(Roles.ADMINISTRATORS::containsKey).count();
    if (roles > 1) {
      return TWO_ROLES;
    }
    if (roles == 1 && groups.size() > 1) {
      return ROLE_AND_BUSINESS;
    }
    return null;
  }

  /**
   * Creating or changing {@code authorization} by {@code actor}; {@code userGroups} are the groups
   * of the authorization's user (empty for a group's authorization).
   */
  static String authorization(Person actor, Authorization authorization, Set<String> userGroups) {
    if (!actor.administrator()) {
      return null;
    }
    String own = concernsActor(actor, authorization);
    if (own != null) {
      return own;
    }
    boolean reachesAdministrators = ANY.equals(authorization.getUserId())
        || Roles.ADMINISTRATORS.containsKey(authorization.getGroupId())
        || Roles.ADMIN.equals(authorization.getGroupId())
        || userGroups.stream().anyMatch(g -> Roles.ADMINISTRATORS.containsKey(g) || Roles.ADMIN.equals(g));
    if (authorization.getAuthorizationType() != AUTH_TYPE_REVOKE && reachesAdministrators
        && !administration(authorization)) {
      return CONTENT_FOR_ADMINISTRATORS;
    }
    return null;
  }

  /** Deleting {@code authorization} by {@code actor}. */
  static String deletion(Person actor, Authorization authorization) {
    return actor.administrator() ? concernsActor(actor, authorization) : null;
  }

  /** Deleting the group {@code groupId} by {@code actor}. */
  static String groupDeletion(Person actor, String groupId) {
    boolean protectedGroup = Roles.ADMINISTRATORS.containsKey(groupId) || Roles.ADMIN.equals(groupId);
    return actor.administrator() && protectedGroup ? ADMINISTRATOR_GROUP : null;
  }

  private static String concernsActor(Person actor, Authorization authorization) {
    boolean own = actor.id().equals(authorization.getUserId())
        || (authorization.getGroupId() != null && actor.groups().contains(authorization.getGroupId()));
    return own ? OWN_AUTHORIZATION : null;
  }

  private static boolean administration(Authorization authorization) {
    int resource = authorization.getResourceType();
    if (resource == Resources.APPLICATION.resourceType()) {
      return "admin".equals(authorization.getResourceId());
    }
    return ADMINISTRATION.contains(resource);
  }
}
