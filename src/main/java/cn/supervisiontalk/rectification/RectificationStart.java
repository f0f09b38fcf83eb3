package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Sets the two rectification deadlines, both counted from the talk (article 11): measures within one
 * month, results within three months.
 */
@Component("rectificationStart")
public class RectificationStart implements ExecutionListener {

  private final Deadlines deadlines;

  public RectificationStart(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object talkDate = execution.getVariable("talkDate");
    execution.setVariable("measuresDue", deadlines.measuresDue(talkDate));
    execution.setVariable("resultsDue", deadlines.resultsDue(talkDate));
  }
}
