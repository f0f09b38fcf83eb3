package cn.supervisiontalk.organization;

import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.validation.Problems;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The term change process: on start, checks the change and sets what the organization department
 * reads; on its confirmation, a rejection needs a reason and a confirmation checks the change again.
 * As {@code termChangeCheck} in the model.
 */
@Component("termChangeCheck")
public class TermChangeCheck implements ExecutionListener {

  private final TermChanges changes;
  private final Directory directory;
  private final LeaderTermRepository terms;

  public TermChangeCheck(TermChanges changes, Directory directory, LeaderTermRepository terms) {
    this.changes = changes;
    this.directory = directory;
    this.terms = terms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // the reason is free text of the office's own request, read again on confirmation
    execution.setVariable(TermChangeVariables.REASON, Submission.current().text("reason"));
    TermChange change = changes.fromProcess(execution);
    Organization organization = changes.check(change);
    execution.setVariable(TermChangeVariables.ORGANIZATION_ID, organization.id());
    execution.setVariable(TermChangeVariables.LEADER_ID, change.leaderId());
    execution.setVariable(TermChangeVariables.ORGANIZATION_NAME, organization.name());
    execution.setVariable(TermChangeVariables.TERM_START, change.termStart().toString());
    execution.setVariable(TermChangeVariables.TERM_END, change.termEnd().toString());
    String current = terms.current(organization.id())
        .map(t -> directory.userName(t.leaderId()) + "(任期" + t.termStart() + "至" + t.termEnd() + ")")
        .orElse("无");
    String newName = change.leaderName().isBlank() ? directory.userName(change.leaderId())
        : change.leaderName();
    execution.setVariable(TermChangeVariables.LEADER_NAME, newName);
    execution.setVariable(TermChangeVariables.CURRENT_LEADER, current);
    execution.setProcessBusinessKey("termChange-" + organization.id() + "-" + change.termStart());
  }

  /** On completing the confirmation task. */
  public void decision(DelegateTask task) {
    String decision = TermChangeVariables.termChangeDecision(task);
    String comment = Submission.ofTask(task.getId()).text("termChangeComment");
    if ("REJECT".equals(decision) && comment.isBlank()) {
      throw Problems.single("不予登记时,请填写理由。");
    }
    if ("CONFIRM".equals(decision)) {
      changes.check(changes.fromProcess(task.getExecution()));
    }
  }
}
