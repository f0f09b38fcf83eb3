package cn.supervisiontalk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The standing grants of one committee's group for its role ({@link BaseAuthorizations} lists
 * them), given at every start to every committee's groups and at once to those of a committee
 * added while the application runs ({@link CommitteeGroups#ensure}). Idempotent.
 */
@Component
public class RoleGrants {

  private final Grants grants;
  private final IdentityService identity;

  public RoleGrants(Grants grants, @Lazy IdentityService identity) {
    this.grants = grants;
    this.identity = identity;
  }

  /** The grants of one committee's group for its role. */
  public void grantRole(String role, String group) {
    ensureGroup(group);
    grants.toGroup(group, APPLICATION, "tasklist", Permissions.ACCESS);
    grants.toGroup(group, FILTER, ANY, Permissions.READ);
    grants.toGroup(group, USER, ANY, Permissions.READ);
    grants.toGroup(group, GROUP, ANY, Permissions.READ);
    grants.toGroup(group, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grants.toGroup(group, DEPLOYMENT, ANY, Permissions.READ);
    if (Roles.OFFICE.equals(role)) {
      office(group);
    } else if (Roles.UNITS.contains(role)) {
      grants.toGroup(group, PROCESS_INSTANCE, ANY, Permissions.CREATE);
      grants.toGroup(group, PROCESS_DEFINITION, TalkAccess.PROPOSAL,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    } else if (Roles.PROCESS_OWNER.equals(role)) {
      grants.toGroup(group, APPLICATION, "cockpit", Permissions.ACCESS);
      grants.toGroup(group, PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
      grants.toGroup(group, DECISION_DEFINITION, ANY, Permissions.READ);
      grants.toGroup(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }
  }

  /**
   * The office starts and reads every talk of its committee: the grant is on the process
   * definition, shared by all committees, and the engine's tenant check keeps it to the
   * committee's own instances.
   */
  private void office(String office) {
    grants.toGroup(office, PROCESS_INSTANCE, ANY, Permissions.CREATE);
    for (String key : BaseAuthorizations.OFFICE_STARTS) {
      grants.toGroup(office, PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // the office reads every talk, running and past, with its runtime variables (the talker and
    // the talkee are granted their own talks one by one, TalkAccess), and its own processes
    List<String> read = new ArrayList<>(BaseAuthorizations.TALKS);
    read.addAll(BaseAuthorizations.OFFICE_PROCESSES);
    for (String key : read) {
      grants.toGroup(office, PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    }
  }

  void ensureGroup(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(Roles.GROUPS.getOrDefault(id, Roles.ADMINISTRATORS.get(id)));
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
