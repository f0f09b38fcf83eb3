package cn.supervisiontalk.plan;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.Problems;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The secretary's decision on the plan: a return needs a reason, which the office then reads; an
 * approval checks the items once more (a month may have passed meanwhile). As {@code planApproval}.
 */
@Component("planApproval")
public class PlanApproval implements TaskListener {

  private final CommitteeGroups committeeGroups;

  private final PlanItemsCheck check;

  public PlanApproval(PlanItemsCheck check,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.check = check;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = PlanVariables.planDecision(task);
    Object comment = Submission.ofTask(task.getId()).value("planReviewComment");
    boolean noComment = comment == null || String.valueOf(comment).isBlank();
    if ("RETURN".equals(decision)) {
      if (noComment) {
        throw Problems.single("退回年度计划时,请填写退回理由。");
      }
      task.getExecution().setVariable(PlanVariables.PLAN_RETURN_REASON, String.valueOf(comment).trim());
      return;
    }
    check.resolve(committeeGroups.committeeOf(task.getExecution()), PlanVariables.planYear(task),
        PlanVariables.planItems(task));
    task.getExecution().setVariable(PlanVariables.PLAN_RETURN_REASON, null);
    task.getExecution().setVariable(PlanVariables.APPROVED_BY, Actor.of(task));
  }
}
