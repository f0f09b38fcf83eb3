package cn.supervisiontalk.plan;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.JsonValues;
import cn.supervisiontalk.validation.Problems;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Start of the annual plan: this year or next, one plan a year; the draft is pre-filled with the
 * leaders not yet covered in their current term. As {@code planDraft} in the model.
 */
@Component("planDraft")
public class PlanDraft implements ExecutionListener {

  static final String PROCESS = "annualPlan";

  private final PlanRepository plans;
  private final PlanProposal proposal;
  private final RuntimeService runtime;
  private final Deadlines deadlines;

  public PlanDraft(PlanRepository plans, PlanProposal proposal, @Lazy RuntimeService runtime,
      Deadlines deadlines) {
    this.plans = plans;
    this.proposal = proposal;
    this.runtime = runtime;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object value = execution.getVariable("planYear");
    Integer year = value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    int thisYear = deadlines.today().getYear();
    if (year == null || year < thisYear || year > thisYear + 1) {
      throw Problems.single("计划年度应为" + thisYear + "年或" + (thisYear + 1) + "年。");
    }
    if (plans.exists(year)) {
      throw Problems.single(year + "年度计划已经批准,不能重复制定。");
    }
    String businessKey = businessKey(year);
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(businessKey).count() > 0) {
      throw Problems.single(year + "年度计划正在起草或审批中。");
    }
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable("planYear", year);
    execution.setVariable("planItems",
        SpinValues.jsonValue(JsonValues.toJson(proposal.items(year))).create());
  }

  static String businessKey(int year) {
    return "annualPlan-" + year;
  }
}
