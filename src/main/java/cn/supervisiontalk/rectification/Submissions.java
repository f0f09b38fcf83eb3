package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.JsonValues;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What happens when the talkee hands in measures or results: the time is kept, and measures on
 * first-responsibility duties are picked out for the other leadership team members (article 11).
 * As {@code submissions} in the models.
 */
@Component("submissions")
public class Submissions {

  private final Deadlines deadlines;

  public Submissions(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void measures(DelegateTask task) {
    List<Map<String, Object>> measures = JsonValues.objects(task.getVariable("measures"));
    List<String> firstResponsibility = measures.stream()
        .filter(m -> Boolean.TRUE.equals(m.get("firstResponsibility")))
        .map(m -> String.valueOf(m.get("content")))
        .toList();
    task.getExecution().setVariable("hasFirstResponsibilityMeasures", !firstResponsibility.isEmpty());
    task.getExecution().setVariable("firstResponsibilityMeasures", numbered(firstResponsibility));
    task.getExecution().setVariable("measuresSubmittedAt", Date.from(deadlines.now().toInstant()));
  }

  public void results(DelegateTask task) {
    task.getExecution().setVariable("resultsSubmittedAt", Date.from(deadlines.now().toInstant()));
  }

  static String numbered(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append(i + 1).append(". ").append(items.get(i)).append('\n');
    }
    return text.toString().stripTrailing();
  }

  static String numberedField(Object list, String field) {
    return numbered(JsonValues.objects(list).stream()
        .map(item -> String.valueOf(item.getOrDefault(field, "")))
        .collect(Collectors.toList()));
  }
}
