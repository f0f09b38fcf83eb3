package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Makes the accountability records of article 17: a missed deadline, a perfunctory or a false
 * rectification. As {@code accountability} in the models.
 */
@Component("accountability")
public class Accountability {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final AccountabilityRepository repository;
  private final Deadlines deadlines;

  public Accountability(AccountabilityRepository repository, Deadlines deadlines) {
    this.repository = repository;
    this.deadlines = deadlines;
  }

  /** Records a missed deadline ("MEASURES" or "RESULTS"); true the first time for this talk. */
  public boolean missedDeadline(DelegateExecution execution, String stage) {
    boolean measures = "MEASURES".equals(stage);
    Date due = (Date) execution.getVariable(measures ? "measuresDue" : "resultsDue");
    String detail = execution.getVariable("talkeeName") + "未在"
        + DAY.format(due.toInstant().atZone(deadlines.zone())) + "前"
        + (measures ? "报送整改措施" : "报告整改情况");
    return repository.insertOnce((String) execution.getVariable("talkId"),
        (String) execution.getVariable("talkeeId"),
        measures ? AccountabilityKind.MEASURES_OVERDUE : AccountabilityKind.RESULTS_OVERDUE,
        detail, deadlines.now());
  }

  /** Records the outcome of the results review when it is perfunctory or false rectification. */
  public void outcome(DelegateExecution execution) {
    AccountabilityKind kind = AccountabilityKind.valueOf((String) execution.getVariable("outcome"));
    repository.insertOnce((String) execution.getVariable("talkId"),
        (String) execution.getVariable("talkeeId"), kind,
        kind.label() + ": " + execution.getVariable("resultsReviewComment"), deadlines.now());
  }
}
