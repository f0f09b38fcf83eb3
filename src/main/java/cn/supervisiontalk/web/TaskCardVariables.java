package cn.supervisiontalk.web;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the names Tasklist shows on a task card (被谈话人, 所在党组织, 谈话人; see
 * {@link TasklistFilters}) on each new task itself. Whoever may work on a task may read its own
 * variables, while the talk's variables stay with those granted the talk (article 16).
 */
@Component
public class TaskCardVariables implements TaskListener {

  static final List<String> SHOWN = TasklistFilters.SHOWN_VARIABLES.stream()
      .map(v -> v.get("name")).toList();

  @Override
  public void notify(DelegateTask task) {
    for (String name : SHOWN) {
      Object value = task.getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }
}
