package cn.supervisiontalk.validation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Keeps the fields of one instance of a multi-instance task (one unit, one member) apart from its
 * siblings: declared on the instance's own execution, a submitted value stays there instead of
 * landing on the talk where parallel instances would overwrite each other. As {@code taskScope}.
 */
@Component("taskScope")
public class TaskScope {

  /** Declares the comma-separated fields as local to the task's execution. */
  public void keepLocal(DelegateTask task, String fields) {
    for (String field : fields.split(",")) {
      task.getExecution().setVariableLocal(field.trim(), null);
    }
  }
}
