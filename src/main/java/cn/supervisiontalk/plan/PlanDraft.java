package cn.supervisiontalk.plan;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Problems;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Start of the annual plan: this year or next, one plan a year; the draft is pre-filled with the
 * leaders not yet covered in their current term, one line each ({@link PlanLines}), with an
 * overview of who they are and when their terms end. As {@code planDraft} in the model.
 */
@Component("planDraft")
public class PlanDraft implements ExecutionListener {

  private final CommitteeGroups committeeGroups;

  static final String PROCESS = "annualPlan";

  private final PlanRepository plans;
  private final PlanProposal proposal;
  private final PlanItemsCheck check;
  private final RuntimeService runtime;
  private final Deadlines deadlines;

  public PlanDraft(PlanRepository plans, PlanProposal proposal, PlanItemsCheck check,
      @Lazy RuntimeService runtime, Deadlines deadlines,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.plans = plans;
    this.proposal = proposal;
    this.check = check;
    this.runtime = runtime;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Integer year = PlanVariables.planYear(execution);
    int thisYear = deadlines.today().getYear();
    if (year == null || year < thisYear || year > thisYear + 1) {
      throw Problems.single("计划年度应为" + thisYear + "年或" + (thisYear + 1) + "年。");
    }
    String committee = committeeGroups.committeeOf(execution);
    if (!committeeGroups.currentUserHolds(committee, Roles.OFFICE)) {
      throw Problems.single("年度计划由" + committeeGroups.committeeName(committee)
          + "办公室制定,您不是其工作人员。");
    }
    if (plans.exists(committee, year)) {
      throw Problems.single(year + "年度计划已经批准,不能重复制定。");
    }
    String businessKey = businessKey(committee, year);
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(businessKey).count() > 0) {
      throw Problems.single(year + "年度计划正在起草或审批中。");
    }
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable(TalkVariables.PLAN_YEAR, year);
    List<Map<String, Object>> proposed = proposal.items(committee, year);
    execution.setVariable(PlanVariables.PLAN_ITEMS, PlanProposal.lines(proposed));
    execution.setVariable(PlanVariables.PLAN_OVERVIEW, PlanProposal.overview(proposed));
    execution.setVariable(PlanVariables.PLAN_UNIT_NAMES, check.unitNames(committee));
  }

  /** annualPlan-2027 for the first committee, annualPlan-qingshan-2027 for a later one. */
  String businessKey(String committee, int year) {
    return committeeGroups.businessKey("annualPlan", committee, year);
  }
}
