package cn.supervisiontalk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine checks permissions with the person's groups as they are, without first reading every
 * authorized group: the answers stay those of Camunda's own check, a group without any grant
 * included, and a revoke still applies.
 */
class AuthenticatedGroupsAsTheyAreTest extends ProcessTestSupport {

  private Task task;

  @AfterEach
  void removeTask() {
    IdentityService identity = engine.getIdentityService();
    identity.clearAuthentication();
    engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).list()
        .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
    tasks.deleteTask(task.getId(), true);
  }

  @Test
  void theAuthorizationManagerOfEveryCommandIsTheApplications() {
    task = standaloneTaskOf("office");
    AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());

    assertThat(manager).isInstanceOf(AuthenticatedGroupsAsTheyAre.Manager.class);
    assertThat(manager.filterAuthenticatedGroupIds(List.of("office", "no-grants-at-all")))
        .containsExactlyInAnyOrder("office", "no-grants-at-all");
  }

  @Test
  void aPersonFindsTheTasksOfTheirGroupAlsoWithAGroupWithoutGrants() {
    task = standaloneTaskOf("office");
    IdentityService identity = engine.getIdentityService();

    identity.setAuthentication("somebody", List.of("no-grants-at-all", "office"));
    assertThat(tasks.createTaskQuery().taskCandidateGroup("office").taskId(task.getId()).count())
        .isEqualTo(1);
    identity.setAuthentication("somebody", List.of("no-grants-at-all"));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void aRevokeForOneOfThePersonsGroupsStillApplies() {
    task = standaloneTaskOf("office");
    Authorization everybody = engine.getAuthorizationService()
        .createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everybody.setResource(Resources.TASK);
    everybody.setResourceId(task.getId());
    everybody.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(everybody);
    Authorization revoke = engine.getAuthorizationService()
        .createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId("revoked-readers");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task.getId());
    revoke.removePermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(revoke);

    // a group's revoke outweighs the global grant
    engine.getIdentityService().setAuthentication("somebody", List.of("revoked-readers", "no-grants-at-all"));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    engine.getIdentityService().setAuthentication("somebody", List.of("no-grants-at-all"));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private Task standaloneTaskOf(String group) {
    Task created = tasks.newTask();
    created.setName("测试任务");
    tasks.saveTask(created);
    tasks.addCandidateGroup(created.getId(), group);
    return created;
  }
}
