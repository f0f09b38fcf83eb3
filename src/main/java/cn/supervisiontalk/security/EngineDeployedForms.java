package cn.supervisiontalk.security;

import cn.supervisiontalk.validation.DeployedForms;
import java.io.InputStream;
import org.camunda.bpm.engine.FormService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Reads deployed forms as the engine's own work ({@link EngineWork}). */
@Component
public class EngineDeployedForms implements DeployedForms {

  private final FormService forms;
  private final EngineWork engineWork;

  public EngineDeployedForms(@Lazy FormService forms, EngineWork engineWork) {
    this.forms = forms;
    this.engineWork = engineWork;
  }

  @Override
  public InputStream ofTask(String taskId) {
    return engineWork.run(() -> forms.getDeployedTaskForm(taskId));
  }

  @Override
  public InputStream ofStart(String processDefinitionId) {
    return engineWork.run(() -> forms.getStartFormData(processDefinitionId).getCamundaFormRef() == null
        ? null : forms.getDeployedStartForm(processDefinitionId));
  }
}
