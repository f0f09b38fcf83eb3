package cn.supervisiontalk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.AUTHORIZATION;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.GROUP_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.TENANT;
import static org.camunda.bpm.engine.authorization.Resources.TENANT_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.authorization.Permissions;
import org.springframework.stereotype.Component;

/**
 * The standing grants of the three administrators (三员分立), set at every start by
 * {@link BaseAuthorizations}. None of them touches a talk: no Tasklist, no Cockpit, no process
 * definitions, instances, tasks or history.
 * <ul>
 *   <li>system administrator: the Admin webapp with users, groups, memberships and tenants;</li>
 *   <li>security administrator: the Admin webapp with authorizations, reading users, groups and
 *       tenants to choose whom to grant; assigns (adds to and removes from) the system
 *       administrator and auditor roles;</li>
 *   <li>auditor: nothing in the webapps; reads the access trail of the application's own API.</li>
 * </ul>
 * Who may assign which administrator role, and what the administrators may never do, is enforced
 * by {@link SeparationGuard}.
 */
@Component
public class AdministratorGrants {

  private final Grants grants;

  public AdministratorGrants(Grants grants) {
    this.grants = grants;
  }

  public void grant() {
    String system = Roles.SYSTEM_ADMINISTRATOR;
    grants.toGroup(system, APPLICATION, "admin", Permissions.ACCESS);
    grants.toGroup(system, USER, ANY, Permissions.ALL);
    grants.toGroup(system, GROUP, ANY, Permissions.ALL);
    grants.toGroup(system, GROUP_MEMBERSHIP, ANY, Permissions.ALL);
    grants.toGroup(system, TENANT, ANY, Permissions.ALL);
    grants.toGroup(system, TENANT_MEMBERSHIP, ANY, Permissions.ALL);

    String security = Roles.SECURITY_ADMINISTRATOR;
    grants.toGroup(security, APPLICATION, "admin", Permissions.ACCESS);
    grants.toGroup(security, AUTHORIZATION, ANY, Permissions.ALL);
    grants.toGroup(security, USER, ANY, Permissions.READ);
    grants.toGroup(security, GROUP, ANY, Permissions.READ);
    grants.toGroup(security, TENANT, ANY, Permissions.READ);
    for (String role : SeparationOfDuties.ASSIGNED_BY.keySet()) {
      if (SeparationOfDuties.ASSIGNED_BY.get(role).equals(security)) {
        grants.toGroup(security, GROUP_MEMBERSHIP, role, Permissions.CREATE, Permissions.DELETE);
      }
    }
  }
}
