package cn.supervisiontalk.plan;

import cn.supervisiontalk.validation.FormValueSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * What the plan's task forms show of the draft ({@code planTable}): the saved rows, one a line,
 * read-only. Set when the task is created and again whenever the plan page saves the table.
 */
@Component
public class PlanFormValues implements FormValueSource {

  static final String PLAN_TABLE = "planTable";
  private static final int ENGINE_STRING_LIMIT = 4000;

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (keys.contains(PLAN_TABLE)) {
      Object lines = task.getVariable(PlanVariables.PLAN_ITEMS);
      if (lines instanceof String text) {
        values.put(PLAN_TABLE, table(PlanLines.read(text)));
      }
    }
    return values;
  }

  /** The rows as read on the form: 「1. 青山县委 | 谈话人: 李建国 | 计划月份: 5月 | …」. */
  static String table(List<PlanLines.Entry> entries) {
    if (entries.isEmpty()) {
      return "尚无计划事项,请打开“年度计划编辑页面”添加。";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      PlanLines.Entry entry = entries.get(i);
      text.append(i + 1).append(". ").append(orBlank(entry.organization()))
          .append(" | 谈话人: ").append(orBlank(entry.talker()))
          .append(" | 计划月份: ").append(orBlank(entry.month()))
          .append(" | 责任单位: ").append(orBlank(entry.unit()))
          .append(" | 依据: ").append(entry.basis().isEmpty() ? "(未填写)" : String.join("、", entry.basis()));
      if (!entry.note().isBlank()) {
        text.append(" | 备注: ").append(entry.note());
      }
      text.append('\n');
    }
    return text.toString().stripTrailing();
  }

  /** A text longer than the engine's string limit is kept as a JSON string, shown as text. */
  static Object shown(String text) {
    return text.length() > ENGINE_STRING_LIMIT
        ? Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()
        : text;
  }

  private static String orBlank(String text) {
    return text == null || text.isBlank() ? "(未填写)" : text;
  }
}
