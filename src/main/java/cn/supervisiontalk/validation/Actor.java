package cn.supervisiontalk.validation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

/** Who is doing a task: the logged-in user where there is one, else the task's assignee. */
public final class Actor {

  private Actor() {
  }

  public static String of(DelegateTask task) {
    String user = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }
}
