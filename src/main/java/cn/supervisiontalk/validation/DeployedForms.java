package cn.supervisiontalk.validation;

import java.io.InputStream;

/**
 * The deployed Camunda Forms, read on the engine's behalf: the person whose command creates a task
 * (say, the talkee handing in measures, which creates the office's review) need not be allowed to
 * read that task for the application to read its form.
 */
public interface DeployedForms {

  /** The form of the task. */
  InputStream ofTask(String taskId);

  /** The start form of the process definition, or null when it has none. */
  InputStream ofStart(String processDefinitionId);
}
