package cn.supervisiontalk.validation;

import java.io.InputStream;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The deployed Camunda Forms, read on the engine's behalf: the person whose command creates a task
 * (say, the talkee handing in measures, which creates the office's review) need not be allowed to
 * read that task for the application to read its form. A form is named by the id of its deployed
 * definition, which stays the same as long as no new version of the form is deployed.
 */
public interface DeployedForms {

  /** The id of the form definition the task shows, as its {@code formRef} binding resolves now. */
  String ofTask(DelegateTask task);

  /** The id of the start form's definition of the process definition, or null when it has none. */
  String ofStart(String processDefinitionId);

  /** The content (form-js JSON) of a form definition. */
  InputStream content(String formDefinitionId);
}
