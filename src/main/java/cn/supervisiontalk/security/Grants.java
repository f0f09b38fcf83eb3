package cn.supervisiontalk.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Grants permissions idempotently: an existing grant for the same user or group on the same
 * resource gets the missing permissions added, nothing is granted twice. The caller is responsible
 * for running it where authorization checks do not apply (start-up, or {@link TalkAccess}).
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  public Grants(@Lazy AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(null, groupId, resource, resourceId, permissions);
  }

  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(userId, null, resource, resourceId, permissions);
  }

  private void grant(String userId, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    AuthorizationQuery query = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId);
    query = userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId);
    Authorization grant = query.list().stream().findFirst().orElse(null);
    boolean changed = false;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setUserId(userId);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }
}
