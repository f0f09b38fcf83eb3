package cn.supervisiontalk.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is doing a task: the signed-in person where there is one, else the task's assignee. */
public final class Actor {

  private Actor() {
  }

  public static String of(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
  }
}
