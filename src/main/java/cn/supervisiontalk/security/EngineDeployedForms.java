package cn.supervisiontalk.security;

import cn.supervisiontalk.validation.DeployedForms;
import java.io.InputStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Resolves and reads deployed forms as the engine's own work ({@link EngineWork}), the way Camunda's
 * {@code getDeployedTaskForm} does (the task's {@code formRef} and binding, then the definition's
 * resource), in two steps so that a reader can keep the content of a definition it has read once.
 */
@Component
public class EngineDeployedForms implements DeployedForms {

  private final FormService forms;
  private final RepositoryService repository;
  private final EngineWork engineWork;

  public EngineDeployedForms(@Lazy FormService forms, @Lazy RepositoryService repository,
      EngineWork engineWork) {
    this.forms = forms;
    this.repository = repository;
    this.engineWork = engineWork;
  }

  @Override
  public String ofTask(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    entity.initializeFormKey();
    return definitionId(entity.getCamundaFormRef(), entity.getProcessDefinitionId());
  }

  @Override
  public String ofStart(String processDefinitionId) {
    return definitionId(
        engineWork.run(() -> forms.getStartFormData(processDefinitionId).getCamundaFormRef()),
        processDefinitionId);
  }

  @Override
  public InputStream content(String formDefinitionId) {
    return engineWork.run(() -> {
      CamundaFormDefinitionEntity definition = Context.getCommandContext()
          .getCamundaFormDefinitionManager().findLatestDefinitionById(formDefinitionId);
      return repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName());
    });
  }

  private String definitionId(CamundaFormRef ref, String processDefinitionId) {
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    return engineWork.run(() -> {
      ProcessDefinition process = repository.getProcessDefinition(processDefinitionId);
      CamundaFormDefinition definition = Context.getCommandContext().runWithoutAuthorization(
          new GetCamundaFormDefinitionCmd(ref, process.getDeploymentId()));
      if (definition == null) {
        // as Camunda's own lookup answers (a 404), in Chinese
        throw new NotFoundException("未找到任务所引用的表单“" + ref.getKey() + "”,请联系管理员部署该表单。");
      }
      return definition.getId();
    });
  }
}
