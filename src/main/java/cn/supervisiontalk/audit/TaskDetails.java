package cn.supervisiontalk.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The detail of a row about a task: the task's name and definition key and the talk it belongs to
 * (the process instance's business key and id), so a return, a review or a submission can be told
 * apart. Read from the engine's history, which has the task before and after it is completed; no
 * variable and no form value is read.
 */
@Component
class TaskDetails {

  private static final Logger LOG = LoggerFactory.getLogger(TaskDetails.class);

  private final HistoryService history;

  TaskDetails(@Lazy HistoryService history) {
    this.history = history;
  }

  String of(String taskId) {
    if (taskId == null) {
      return null;
    }
    try {
      HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId)
          .singleResult();
      if (task == null) {
        return null;
      }
      StringBuilder detail = new StringBuilder("任务「").append(task.getName()).append("」(")
          .append(task.getTaskDefinitionKey()).append(")");
      if (task.getProcessInstanceId() != null) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance != null && instance.getBusinessKey() != null) {
          detail.append(",谈话 ").append(instance.getBusinessKey());
        }
        detail.append(",流程 ").append(task.getProcessDefinitionKey())
            .append(" 实例 ").append(task.getProcessInstanceId());
      }
      return detail.toString();
    } catch (RuntimeException e) {
      LOG.warn("访问留痕: 读取任务 {} 的名称失败", taskId, e);
      return null;
    }
  }
}
