package cn.supervisiontalk.security;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history without what a task shows a person. A task's own variables are copies, made
 * when the task is created, of what its form displays from the talk's record; kept in the history
 * they would outlive the task and could be searched by value by anyone who reads the history.
 * Submitted form fields are not kept either: the talk's record holds them. Everything else (instances,
 * activities, tasks, the process variables the model routes on) is written as Camunda writes it.
 */
public class TaskContentOutOfHistory extends DbHistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricFormPropertyEventEntity) {
      return;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null) {
      return;
    }
    super.handleEvent(event);
  }
}
