package cn.supervisiontalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A missing permission on a task someone else has just completed answers the Chinese 409 of a lost
 * race; on a task that is still there it stays a 403.
 */
class TaskGoneTest extends ProcessTestSupport {

  @Test
  void aRefusalOnATaskThatIsGoneIsALostRace() {
    Task task = tasks.newTask();
    task.setName("测试任务");
    tasks.saveTask(task);
    String id = task.getId();
    AuthorizationException refusal = new AuthorizationException("kermit", "TASK_WORK", "Task", id);

    // Tasklist's path names the engine (the tests' engines have names of their own)
    String tasklist = "engine/" + engine.getName() + "/task/" + id;
    assertThat(RefusedInputMappers.refused(refusal, tasklist + "/submit-form").getStatus())
        .as("the task is still there").isEqualTo(403);
    tasks.deleteTask(id, true);

    for (String path : new String[] {tasklist + "/submit-form", tasklist + "/complete",
        tasklist + "/claim", "/" + tasklist + "/resolve"}) {
      jakarta.ws.rs.core.Response answer = RefusedInputMappers.refused(refusal, path);
      assertThat(answer.getStatus()).as(path).isEqualTo(409);
      assertThat(answer.getEntity().toString()).contains("已由他人办理");
    }
    assertThat(RefusedInputMappers.refused(refusal, tasklist + "/variables").getStatus())
        .as("reading is no race").isEqualTo(403);
    assertThat(RefusedInputMappers.refused(refusal, null).getStatus()).isEqualTo(403);
  }
}
