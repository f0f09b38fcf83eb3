package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Lines;
import cn.supervisiontalk.validation.Problems;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What happens when the talkee hands in measures or results: the time is kept, and the measures,
 * written one per line in two lists — those on first-responsibility duties, which go to the other
 * leadership team members (article 11), and the others — become the talk's list of measures. As
 * {@code submissions} in the models.
 */
@Component("submissions")
public class Submissions {

  private final Deadlines deadlines;

  public Submissions(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void measures(DelegateTask task) {
    List<String> firstResponsibility = Lines.of(task.getVariable("firstResponsibilityMeasures"));
    List<String> other = Lines.of(task.getVariable("otherMeasures"));
    if (firstResponsibility.isEmpty() && other.isEmpty()) {
      throw Problems.single("请至少填写一条整改措施。");
    }
    List<Map<String, Object>> measures = new ArrayList<>();
    List<String> readable = new ArrayList<>();
    firstResponsibility.forEach(content -> {
      measures.add(measure(content, true));
      readable.add(content + "(第一责任人职责)");
    });
    other.forEach(content -> {
      measures.add(measure(content, false));
      readable.add(content);
    });
    task.getExecution().setVariable("measures", measures);
    task.getExecution().setVariable("measuresText", Lines.numbered(readable));
    task.getExecution().setVariable("hasFirstResponsibilityMeasures", !firstResponsibility.isEmpty());
    task.getExecution().setVariable("measuresSubmittedAt", Date.from(deadlines.now().toInstant()));
  }

  public void results(DelegateTask task) {
    task.getExecution().setVariable("resultsSubmittedAt", Date.from(deadlines.now().toInstant()));
  }

  private static Map<String, Object> measure(String content, boolean firstResponsibility) {
    Map<String, Object> measure = new LinkedHashMap<>();
    measure.put("content", content);
    measure.put("firstResponsibility", firstResponsibility);
    return measure;
  }
}
