package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.ProcessTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A user task a modeller adds without a Camunda Form: it is created (with nothing to show) and a
 * person completes it with nothing, since no form declares anything to submit.
 */
class TaskWithoutFormTest extends ProcessTestSupport {

  private String deployment;

  @AfterEach
  void undeploy() {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void aTaskWithoutAFormIsCreatedAndTakesNoValues() {
    deployment = engine.getRepositoryService().createDeployment().name("task-without-form")
        .addModelInstance("task-without-form.bpmn", Bpmn.createExecutableProcess("taskWithoutForm")
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("look").name("查看").endEvent().done())
        .deploy().getId();
    String instance = runtime.startProcessInstanceByKey("taskWithoutForm").getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task).isNotNull();

    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    assertThatThrownBy(() -> engine.getFormService()
            .submitTaskForm(task.getId(), Map.of("anything", "值")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("表单以外的项目");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    engine.getFormService().submitTaskForm(task.getId(), Map.of());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }
}
