package cn.supervisiontalk.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Whether the task a refused request worked on (complete, submit its form, claim, resolve) no
 * longer exists now, as committed: then another person finished it while this request was under
 * way. Read in a transaction of its own, without the person's permissions: it reveals nothing but
 * that the task is gone, which the request would have learned a moment later anyway.
 */
final class TaskGone {

  /** /engine-rest/task/{id}/… (default engine), Tasklist's …/engine/{name}/task/{id}/… */
  private static final Pattern TASK_WORK = Pattern.compile(
      "^/?(?:engine/([^/]+)/)?task/([^/]+)/(?:submit-form|complete|claim|resolve)/?$");

  private TaskGone() {
  }

  static boolean whileWorkingOn(String path) {
    Matcher task = TASK_WORK.matcher(path);
    if (!task.matches()) {
      return false;
    }
    String taskId = task.group(2);
    ProcessEngine engine = EngineUtil.lookupProcessEngine(task.group(1));
    if (engine == null) {
      return false;
    }
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequiresNew()
        .execute(context -> context.runWithoutAuthorization(
            () -> context.getTaskManager().findTaskById(taskId) == null));
  }
}
