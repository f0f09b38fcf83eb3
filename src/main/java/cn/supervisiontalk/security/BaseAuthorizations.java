package cn.supervisiontalk.security;


import cn.supervisiontalk.security.CommitteeGroups.CommitteeGroup;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The standing authorizations of the roles, given to every committee's group of each role at every
 * start ({@link RoleGrants}; a committee added while running gets them at once) and idempotent (a
 * grant an administrator widened stays widened). Only the office reads talks from here (every talk
 * of its committee, by the process definition and the engine's tenant check); the talker and the
 * talkee are granted theirs one by one when they start ({@link TalkAccess}), tasks by Camunda to
 * their assignee and candidates.
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

  private final RoleGrants roles;
  private final AdministratorGrants administrators;
  private final CommitteeGroups committeeGroups;

  public BaseAuthorizations(RoleGrants roles, AdministratorGrants administrators,
      CommitteeGroups committeeGroups) {
    this.roles = roles;
    this.committeeGroups = committeeGroups;
    this.administrators = administrators;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<CommitteeGroup> all = committeeGroups.all();
    if (all.isEmpty()) {
      // no committee named yet: the plain role groups, as the first committee will have them
      Roles.GROUPS.keySet().forEach(role -> roles.grantRole(role, role));
    }
    for (CommitteeGroup group : all) {
      roles.grantRole(group.role(), group.groupId());
    }
    // 三员分立: the three administrators are no business roles (no Tasklist), own grants only
    Roles.ADMINISTRATORS.keySet().forEach(roles::ensureGroup);
    administrators.grant();
  }
}
