package cn.supervisiontalk.security;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A person claims a unit's task for themself only: Camunda lets anyone allowed to work on a task
 * claim it in any user's name. The office, which hands out work, and the administrators may still
 * claim for others.
 */
@Component
public class ClaimGuard implements TaskListener {

  private final CommitteeGroups committeeGroups;

  public ClaimGuard(@Lazy CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
  }

  @Override
  public void notify(DelegateTask task) {
    if (Context.getCommandInvocationContext() == null
        || !(Context.getCommandInvocationContext().getCommand() instanceof ClaimTaskCmd)) {
      return;
    }
    CommandContext command = Context.getCommandContext();
    String actor = command.getAuthenticatedUserId();
    if (actor == null || actor.equals(task.getAssignee())) {
      return;
    }
    List<String> groups = command.getAuthenticatedGroupIds();
    // the office of the committee holding the task hands out its work
    if (groups != null && (groups.contains(Roles.ADMIN) || groups.contains(
        committeeGroups.group(committeeGroups.committeeOf(task.getExecution()), Roles.OFFICE)))) {
      return;
    }
    throw new NotValidException("只能认领给本人,不能替他人认领任务。");
  }
}
