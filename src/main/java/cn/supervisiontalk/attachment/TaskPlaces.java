package cn.supervisiontalk.attachment;

import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.TalkVariables;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the open task a request names and what it is to the signed-in person. Read as the engine
 * ({@link EngineWork}): the person's own rights are decided here from the task's assignee and
 * candidates, not from what the engine would show them.
 */
@Component
class TaskPlaces {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final EngineWork engineWork;

  TaskPlaces(TaskService tasks, RuntimeService runtime, EngineWork engineWork) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.engineWork = engineWork;
  }

  /** The open task, or empty when there is no such task (any more). */
  Optional<Task> openTask(String taskId) {
    return Optional.ofNullable(engineWork.run(
        () -> tasks.createTaskQuery().taskId(taskId).singleResult()));
  }

  /**
   * The open task as a place for attachments; empty when it is a task of another kind (or has no
   * talk).
   */
  Optional<TaskPlace> place(Task task, ApiUser user) {
    Optional<AttachmentPart> part = AttachmentPart.ofTaskKey(task.getTaskDefinitionKey());
    if (part.isEmpty() || task.getExecutionId() == null) {
      return Optional.empty();
    }
    return engineWork.run(() -> {
      Object talkId = runtime.getVariable(task.getExecutionId(), TalkVariables.TALK_ID);
      if (talkId == null) {
        return Optional.empty();
      }
      Object unit = part.get() == AttachmentPart.MATERIAL
          ? runtime.getVariable(task.getExecutionId(), TalkVariables.UNIT) : null;
      return Optional.of(new TaskPlace(task.getId(), task.getTaskDefinitionKey(),
          talkId.toString(), part.get(), unit == null ? null : unit.toString(),
          isCandidate(task, user) || user.id().equals(task.getAssignee()),
          user.id().equals(task.getAssignee())
              || (task.getAssignee() == null && isCandidate(task, user))));
    });
  }

  /** Whether the person is a candidate user of the task or a member of a candidate group. */
  private boolean isCandidate(Task task, ApiUser user) {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
    return links.stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .anyMatch(l -> user.id().equals(l.getUserId())
            || (l.getGroupId() != null && user.inGroup(l.getGroupId())));
  }
}
