package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import cn.supervisiontalk.security.SeparationOfDuties.Person;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;

/** 三员分立 as decisions: memberships and authorizations an administrator may change. */
class SeparationOfDutiesTest {

  private static final Person SYSTEM = new Person("qianfeng", Set.of(Roles.SYSTEM_ADMINISTRATOR));
  private static final Person SECURITY = new Person("jianglei", Set.of(Roles.SECURITY_ADMINISTRATOR));
  private static final Person AUDITOR = new Person("caoyu", Set.of(Roles.AUDITOR));
  private static final Person SETUP = new Person("chief", Set.of(Roles.ADMIN));
  private static final Person OFFICE = new Person("liuyang", Set.of(Roles.OFFICE));

  @Test
  void noAdministratorAssignsHisOwnRoleOrChangesCamundaAdmin() {
    for (Person admin : List.of(SYSTEM, SECURITY, AUDITOR)) {
      for (String role : List.of(Roles.SYSTEM_ADMINISTRATOR, Roles.SECURITY_ADMINISTRATOR,
          Roles.AUDITOR, Roles.ADMIN)) {
        assertThat(SeparationOfDuties.membership(admin, admin.id(), admin.groups(), role, true))
            .as("%s adds himself to %s", admin.id(), role).isEqualTo(SeparationOfDuties.OWN_ROLE);
        assertThat(SeparationOfDuties.membership(admin, admin.id(), admin.groups(), role, false))
            .as("%s leaves %s", admin.id(), role).isEqualTo(SeparationOfDuties.OWN_ROLE);
      }
      assertThat(SeparationOfDuties.membership(admin, "someone", Set.of(), Roles.ADMIN, true))
          .isEqualTo(SeparationOfDuties.SETUP_GROUP);
    }
  }

  @Test
  void eachRoleIsAssignedByTheOneNamedForIt() {
    assertThat(SeparationOfDuties.membership(SECURITY, "new1", Set.of(), Roles.SYSTEM_ADMINISTRATOR, true)).isNull();
    assertThat(SeparationOfDuties.membership(SECURITY, "new1", Set.of(), Roles.AUDITOR, true)).isNull();
    assertThat(SeparationOfDuties.membership(SECURITY, "new1", Set.of(Roles.AUDITOR), Roles.AUDITOR, false)).isNull();
    assertThat(SeparationOfDuties.membership(SYSTEM, "new1", Set.of(), Roles.SECURITY_ADMINISTRATOR, true)).isNull();

    assertThat(SeparationOfDuties.membership(SYSTEM, "new1", Set.of(), Roles.AUDITOR, true))
        .isEqualTo("三员分立: 安全审计员只能由安全管理员分配或撤销。");
    assertThat(SeparationOfDuties.membership(SYSTEM, "new1", Set.of(), Roles.SYSTEM_ADMINISTRATOR, true))
        .isEqualTo("三员分立: 系统管理员只能由安全管理员分配或撤销。");
    assertThat(SeparationOfDuties.membership(SECURITY, "new1", Set.of(), Roles.SECURITY_ADMINISTRATOR, true))
        .isEqualTo("三员分立: 安全管理员只能由系统管理员分配或撤销。");
    assertThat(SeparationOfDuties.membership(AUDITOR, "new1", Set.of(), Roles.AUDITOR, true))
        .contains("只能由安全管理员分配");
  }

  @Test
  void nobodyHoldsTwoRolesOrARoleAndABusinessGroup() {
    for (Person actor : List.of(SYSTEM, SECURITY, SETUP, OFFICE)) {
      assertThat(SeparationOfDuties.membership(actor, "x", Set.of(Roles.AUDITOR), Roles.SYSTEM_ADMINISTRATOR, true))
          .as("by %s", actor.id()).isIn(SeparationOfDuties.TWO_ROLES, "三员分立: 系统管理员只能由安全管理员分配或撤销。");
      assertThat(SeparationOfDuties.membership(actor, "x", Set.of(Roles.AUDITOR), Roles.OFFICE, true))
          .as("by %s", actor.id()).isEqualTo(SeparationOfDuties.ROLE_AND_BUSINESS);
      assertThat(SeparationOfDuties.membership(actor, "x", Set.of("processOwner"), Roles.AUDITOR, true))
          .as("by %s", actor.id()).isIn(SeparationOfDuties.ROLE_AND_BUSINESS, "三员分立: 安全审计员只能由安全管理员分配或撤销。");
    }
    assertThat(SeparationOfDuties.membership(SETUP, "x", Set.of(), Roles.AUDITOR, true)).isNull();
    assertThat(SeparationOfDuties.membership(SETUP, "x", Set.of(Roles.ADMIN), Roles.AUDITOR, true))
        .isEqualTo(SeparationOfDuties.ROLE_AND_BUSINESS);
    assertThat(SeparationOfDuties.membership(SYSTEM, "x", Set.of(Roles.OFFICE), Roles.LEADERSHIP, true))
        .as("business groups among themselves").isNull();
    assertThat(SeparationOfDuties.membership(SYSTEM, SYSTEM.id(), SYSTEM.groups(), Roles.OFFICE, true))
        .as("the system administrator into office").isEqualTo(SeparationOfDuties.ROLE_AND_BUSINESS);
  }

  @Test
  void noAuthorizationOfHimselfOrHisGroup() {
    assertThat(SeparationOfDuties.authorization(SECURITY, grant("jianglei", null, Resources.USER, "*"), SECURITY.groups()))
        .isEqualTo(SeparationOfDuties.OWN_AUTHORIZATION);
    assertThat(SeparationOfDuties.authorization(SECURITY,
        grant(null, Roles.SECURITY_ADMINISTRATOR, Resources.AUTHORIZATION, "*"), Set.of()))
        .isEqualTo(SeparationOfDuties.OWN_AUTHORIZATION);
    assertThat(SeparationOfDuties.deletion(SECURITY,
        revoke(null, Roles.SECURITY_ADMINISTRATOR, Resources.PROCESS_INSTANCE)))
        .isEqualTo(SeparationOfDuties.OWN_AUTHORIZATION);
    assertThat(SeparationOfDuties.deletion(SECURITY, grant(null, Roles.OFFICE, Resources.TASK, "*"))).isNull();
  }

  @Test
  void administratorsAreGrantedNothingOfTheTalks() {
    for (Resource content : List.of(Resources.PROCESS_INSTANCE, Resources.TASK, Resources.PROCESS_DEFINITION,
        Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK, Resources.DEPLOYMENT, Resources.BATCH)) {
      assertThat(SeparationOfDuties.authorization(SECURITY, grant(null, Roles.AUDITOR, content, "*"), Set.of()))
          .as("auditor group on %s", content.resourceName()).isEqualTo(SeparationOfDuties.CONTENT_FOR_ADMINISTRATORS);
      assertThat(SeparationOfDuties.authorization(SECURITY, grant("qianfeng", null, content, "*"),
          Set.of(Roles.SYSTEM_ADMINISTRATOR))).as("member of an administrator role")
          .isEqualTo(SeparationOfDuties.CONTENT_FOR_ADMINISTRATORS);
      AuthorizationEntity everyone = grant("*", null, content, "*");
      everyone.setAuthorizationType(AUTH_TYPE_GLOBAL);
      assertThat(SeparationOfDuties.authorization(SECURITY, everyone, Set.of()))
          .as("everyone").isEqualTo(SeparationOfDuties.CONTENT_FOR_ADMINISTRATORS);
      assertThat(SeparationOfDuties.authorization(SECURITY, grant(null, Roles.OFFICE, content, "*"), Set.of()))
          .as("a business role keeps being granted").isNull();
      assertThat(SeparationOfDuties.authorization(SECURITY, revoke(null, Roles.AUDITOR, content), Set.of()))
          .as("a revocation").isNull();
    }
    for (String app : List.of("tasklist", "cockpit", "*")) {
      assertThat(SeparationOfDuties.authorization(SECURITY,
          grant(null, Roles.SYSTEM_ADMINISTRATOR, Resources.APPLICATION, app), Set.of()))
          .isEqualTo(SeparationOfDuties.CONTENT_FOR_ADMINISTRATORS);
    }
    assertThat(SeparationOfDuties.authorization(SECURITY,
        grant(null, Roles.AUDITOR, Resources.APPLICATION, "admin"), Set.of())).isNull();
    assertThat(SeparationOfDuties.authorization(SECURITY,
        grant(null, Roles.SYSTEM_ADMINISTRATOR, Resources.USER, "*"), Set.of())).isNull();
    assertThat(SeparationOfDuties.authorization(SETUP,
        grant(null, Roles.AUDITOR, Resources.TASK, "*"), Set.of())).as("not an administrator role").isNull();
  }

  @Test
  void administratorGroupsAreNotDeletedByAdministrators() {
    assertThat(SeparationOfDuties.groupDeletion(SYSTEM, Roles.AUDITOR)).isEqualTo(SeparationOfDuties.ADMINISTRATOR_GROUP);
    assertThat(SeparationOfDuties.groupDeletion(SYSTEM, Roles.ADMIN)).isEqualTo(SeparationOfDuties.ADMINISTRATOR_GROUP);
    assertThat(SeparationOfDuties.groupDeletion(SYSTEM, "someGroup")).isNull();
  }

  private static AuthorizationEntity grant(String user, String group, Resource resource, String id) {
    AuthorizationEntity authorization = new AuthorizationEntity(AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    return authorization;
  }

  private static Authorization revoke(String user, String group, Resource resource) {
    AuthorizationEntity authorization = grant(user, group, resource, "*");
    authorization.setAuthorizationType(AUTH_TYPE_REVOKE);
    return authorization;
  }
}
