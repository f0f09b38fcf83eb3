package cn.supervisiontalk.validation;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Where a form is handed out or handed in, as far as its pickers need to know: a start form has no
 * variables yet; a task form sees the variables visible from its task (the talk's id, the
 * organization the task concerns, …), read on the engine's behalf.
 */
public final class FormContext {

  /** A start form: nothing is known but the form itself. */
  public static final FormContext START = new FormContext(null, name -> null);

  private final String taskId;
  private final Function<String, Object> variables;

  private FormContext(String taskId, Function<String, Object> variables) {
    this.taskId = taskId;
    this.variables = variables;
  }

  /** The form of this task, its variables read through the given function. */
  public static FormContext ofTask(String taskId, Function<String, Object> variables) {
    return new FormContext(taskId, variables);
  }

  /** The form of the task being completed. */
  public static FormContext of(DelegateTask task) {
    return new FormContext(task.getId(), task::getVariable);
  }

  /** The task whose form it is; null for a start form. */
  public String taskId() {
    return taskId;
  }

  /** The variable visible from the task; null on a start form or when there is none. */
  public Object variable(String name) {
    return variables.apply(name);
  }

  /** The variable as trimmed text; null when missing or blank. */
  public String text(String name) {
    String text = Values.text(variable(name));
    return text.isEmpty() ? null : text;
  }
}
