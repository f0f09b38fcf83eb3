package cn.supervisiontalk.web;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The task filters everybody sees in Tasklist, sorted by due date: my tasks, my groups' tasks, due
 * within 7 days, overdue. Created at start when missing; a filter an administrator changed is left
 * as it is.
 */
@Component
@Order(10)
public class TasklistFilters implements ApplicationRunner {

  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", "talkeeName", "label", "被谈话人"),
      Map.of("name", "organizationName", "label", "所在党组织"),
      Map.of("name", "talkerName", "label", "谈话人"));

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    create("我的待办", -10, "由我办理的任务", mine());
    create("本组待办", -9, "我所在单位待认领的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned().orderByDueDate().asc());
    create("即将到期", -8, "7天内到期的我的任务和本组任务",
        mineOrMyGroups().dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .dueAfterExpression("${now()}").orderByDueDate().asc());
    create("已逾期", -7, "已过到期日期的我的任务和本组任务",
        mineOrMyGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
  }

  private TaskQuery mineOrMyGroups() {
    return tasks.createTaskQuery()
        .or()
          .taskAssigneeExpression("${currentUser()}")
          .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of(
            "priority", priority,
            "description", description,
            "refresh", true,
            "showUndefinedVariable", false,
            "variables", SHOWN_VARIABLES));
    filters.saveFilter(filter);
  }
}
