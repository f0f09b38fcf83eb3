package cn.supervisiontalk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import java.util.Map;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task queries run with the rewritten authorization check, and each way a person may be
 * granted a task still finds exactly the tasks it grants: a grant on the task to the person or to
 * his group (Camunda's grant to a candidate group), on the task's process definition, on every
 * task; nothing without a grant; counts agree with the lists, also for the "mine or my group's" or
 * query of the Tasklist filters. Run on H2 ({@link FastTaskAuthorizationCheckTest}) and on
 * PostgreSQL ({@link FastTaskAuthorizationCheckPostgresIT}), whose SQL differs.
 */
abstract class FastTaskAuthorizationCheckProbes {

  private static final String PROCESS = "semiJoinProbe";
  private static final List<String> EXECUTED = Collections.synchronizedList(new ArrayList<>());

  @Autowired ProcessEngine engine;
  private RuntimeService runtime;
  private TaskService tasks;
  private String deployment;
  private final List<String> processTasks = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();
  private final List<String> grants = new ArrayList<>();
  private Task standalone;

  /** Records the SQL of each task query as it is sent, after every rewrite. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "parameterize",
      args = Statement.class))
  static class Recorder implements Interceptor {
    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
      if (sql.contains("ACT_RU_TASK RES") || sql.contains("ACT_RU_VARIABLE RES")) {
        EXECUTED.add(sql);
      }
      return invocation.proceed();
    }
  }

  @BeforeEach
  void twoInstancesAndAStandaloneTask() {
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration();
    if (mybatis.getInterceptors().stream().noneMatch(Recorder.class::isInstance)) {
      mybatis.addInterceptor(new Recorder());
    }
    deployment = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).startEvent().userTask("probe")
            .camundaCandidateGroups("probe-group").endEvent().done()).deploy().getId();
    for (int i = 0; i < 2; i++) {
      String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("onInstance", i))
          .getId();
      instances.add(instance);
      String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
      tasks.setVariableLocal(task, "onTask", i);
      processTasks.add(task);
    }
    standalone = tasks.newTask();
    standalone.setName("独立任务");
    tasks.saveTask(standalone);
    tasks.setAssignee(standalone.getId(), "assigned-person");
    EXECUTED.clear();
  }

  @AfterEach
  void removeAll() {
    engine.getIdentityService().clearAuthentication();
    AuthorizationService authorizations = engine.getAuthorizationService();
    grants.forEach(authorizations::deleteAuthorization);
    authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(standalone.getId()).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    tasks.deleteTask(standalone.getId(), true);
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void aCandidateGroupFindsTheTasksCamundaGrantedIt() {
    as("member", "probe-group");
    assertThat(ids(tasks.createTaskQuery())).containsExactlyInAnyOrderElementsOf(processTasks);
    assertThat(ids(tasks.createTaskQuery().taskCandidateGroup("probe-group")))
        .containsExactlyInAnyOrderElementsOf(processTasks);
    assertThat(EXECUTED).isNotEmpty().allSatisfy(sql -> assertThat(sql.replaceAll("\\s+", " "))
        .contains("AUTH ON (RES.ID_ IN (SELECT A.RESOURCE_ID_ FROM")
        .contains("AND A.RESOURCE_TYPE_ IN (?, ?)")
        .doesNotContain("AUTH.RESOURCE_ID_ IN"));
  }

  @Test
  void theAssigneeFindsHisTaskThroughCamundasGrantToHim() {
    as("assigned-person");
    assertThat(ids(tasks.createTaskQuery())).containsExactly(standalone.getId());
    assertThat(ids(tasks.createTaskQuery().taskAssignee("assigned-person")))
        .containsExactly(standalone.getId());
  }

  @Test
  void aGrantOnTheDefinitionGivesEveryTaskOfIt() {
    grant(null, "definition-readers", Resources.PROCESS_DEFINITION, PROCESS,
        ProcessDefinitionPermissions.READ_TASK);
    as("someone", "definition-readers");
    assertThat(ids(tasks.createTaskQuery())).containsExactlyInAnyOrderElementsOf(processTasks);
  }

  @Test
  void aGrantOnOneTaskToAPersonGivesThatTaskOnly() {
    grant("reader", null, Resources.TASK, processTasks.get(1), Permissions.READ);
    as("reader", "some-group-without-grants");
    assertThat(ids(tasks.createTaskQuery())).containsExactly(processTasks.get(1));
  }

  @Test
  void aGrantOnEveryTaskGivesAll() {
    grant("reads-all", null, Resources.TASK, "*", Permissions.READ);
    as("reads-all");
    List<String> all = new ArrayList<>(processTasks);
    all.add(standalone.getId());
    assertThat(ids(tasks.createTaskQuery().taskIdIn(all.toArray(String[]::new))))
        .containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void withoutAGrantNothingIsFound() {
    as("stranger", "strangers");
    assertThat(ids(tasks.createTaskQuery())).isEmpty();
    assertThat(ids(tasks.createTaskQuery().taskCandidateGroup("probe-group"))).isEmpty();
  }

  @Test
  void theFiltersOrQueryOfMineOrMyGroupsFindsBoth() {
    tasks.setAssignee(processTasks.get(0), "member");
    as("member", "probe-group");
    TaskQuery mineOrMyGroups = tasks.createTaskQuery().or().taskAssignee("member")
        .taskCandidateGroupIn(List.of("probe-group")).includeAssignedTasks().endOr();
    assertThat(ids(mineOrMyGroups)).containsExactlyInAnyOrderElementsOf(processTasks);
  }

  @Test
  void aDefinitionGrantToReadInstanceVariablesGivesTheVariablesOfItsInstancesAndTheirTasks() {
    grant(null, "variable-readers", Resources.PROCESS_DEFINITION, PROCESS,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
    as("someone", "variable-readers");
    assertThat(variables()).containsExactlyInAnyOrder("onInstance", "onInstance", "onTask", "onTask");
    assertThat(EXECUTED).anySatisfy(sql -> assertThat(sql.replaceAll("\\s+", " "))
        .contains("ACT_RU_VARIABLE RES").contains("AUTH ON (RES.PROC_INST_ID_ IN (SELECT"));
  }

  @Test
  void aGrantToReadTheVariablesOfOneTaskGivesThoseOnly() {
    grant("reader", null, Resources.TASK, processTasks.get(0), TaskPermissions.READ_VARIABLE);
    as("reader");
    assertThat(runtime.createVariableInstanceQuery()
        .variableScopeIdIn(processTasks.toArray(String[]::new)).list())
        .extracting(v -> v.getTaskId()).containsExactly(processTasks.get(0));
  }

  @Test
  void withoutAGrantNoVariableIsFound() {
    as("stranger", "strangers");
    assertThat(variables()).isEmpty();
  }

  private List<String> variables() {
    List<String> scopes = new ArrayList<>(instances);
    scopes.addAll(processTasks);
    var query = runtime.createVariableInstanceQuery().variableScopeIdIn(scopes.toArray(String[]::new));
    List<String> names = query.list().stream().map(v -> v.getName()).toList();
    assertThat(query.count()).isEqualTo(names.size());
    return names;
  }

  private void as(String user, String... groups) {
    // every committee's tenant: the probes are about grants, not about tenants
    engine.getIdentityService().setAuthentication(user, List.of(groups),
        engine.getIdentityService().createTenantQuery().list().stream().map(Tenant::getId).toList());
  }

  private List<String> ids(TaskQuery query) {
    List<String> found = query.list().stream().map(Task::getId).toList();
    assertThat(query.count()).isEqualTo(found.size());
    assertThat(query.listPage(0, 1)).hasSize(Math.min(1, found.size()));
    return found;
  }

  private void grant(String user, String group, Resource resource, String id,
      Permission permission) {
    Authorization grant = engine.getAuthorizationService()
        .createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(permission);
    grants.add(engine.getAuthorizationService().saveAuthorization(grant).getId());
  }
}
