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

import cn.supervisiontalk.security.CommitteeGroups.CommitteeGroup;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The standing authorizations of the roles, set at every start and idempotent (a grant an
 * administrator widened stays widened). Only the office reads talks from here (every talk, by its
 * process definition); the talker and the talkee are granted theirs one by one when they start
 * ({@link TalkAccess}), tasks by Camunda to their assignee and candidates.
 * <ul>
 *   <li>every role group: Tasklist, the shared task filters, the names of users and groups, the
 *       process models and forms (definitions and deployments, never instances);</li>
 *   <li>office: starts regular and timely talks; reads every talk and its variables and history;
 *       runs the annual plan and the term processes;</li>
 *   <li>the cooperating units: start a talk proposal (article 6; who may propose is the decision
 *       table proposing-units.dmn);</li>
 *   <li>process owners: Cockpit, with the course of every process (instances, activities,
 *       incidents, history) but no variables and no tasks.</li>
 * </ul>
 * Runs after the demo organization is loaded ({@code SeedLoader}, order 0) and creates a missing
 * role group, so the models' group ids exist on a database started without demo data.
 */
@Component
@Order(5)
public class BaseAuthorizations implements ApplicationRunner {

  static final List<String> TALKS = List.of("regularTalk", "timelyTalk", "talkProposal", "rectification");
  static final List<String> OFFICE_PROCESSES = List.of("annualPlan", "termChange", "termCoverage");
  static final List<String> OFFICE_STARTS = List.of("regularTalk", "timelyTalk", "annualPlan", "termChange");

  private final Grants grants;
  private final IdentityService identity;
  private final AdministratorGrants administrators;
  private final CommitteeGroups committeeGroups;

  public BaseAuthorizations(Grants grants, IdentityService identity,
      AdministratorGrants administrators, CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.grants = grants;
    this.identity = identity;
    this.administrators = administrators;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<CommitteeGroup> all = committeeGroups.all();
    if (all.isEmpty()) {
      // no committee named yet: the plain role groups, as the first committee will have them
      Roles.GROUPS.keySet().forEach(role -> grantRole(role, role));
    }
    for (CommitteeGroup group : all) {
      grantRole(group.role(), group.groupId());
    }
    // 三员分立: the three administrators are no business roles (no Tasklist), own grants only
    Roles.ADMINISTRATORS.keySet().forEach(this::ensureGroup);
    administrators.grant();
  }

  /** The grants of one committee's group for its role. */
  private void grantRole(String role, String group) {
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
    for (String key : OFFICE_STARTS) {
      grants.toGroup(office, PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // the office reads every talk, running and past, with its runtime variables (the talker and
    // the talkee are granted their own talks one by one, TalkAccess), and its own processes
    List<String> read = new ArrayList<>(TALKS);
    read.addAll(OFFICE_PROCESSES);
    for (String key : read) {
      grants.toGroup(office, PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    }
  }

  private void ensureGroup(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(Roles.GROUPS.getOrDefault(id, Roles.ADMINISTRATORS.get(id)));
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
