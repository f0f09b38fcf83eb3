package cn.supervisiontalk.plan;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.deadline.Deadlines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The approved plan: kept item by item, and each item's regular talk started the configured number
 * of weeks before its planned month. As {@code annualPlans} in the model.
 */
@Component("annualPlans")
public class AnnualPlans {

  private final CommitteeGroups committeeGroups;

  private final PlanRepository plans;
  private final PlanItemsCheck check;
  private final Deadlines deadlines;
  private final int preparationWeeks;

  public AnnualPlans(PlanRepository plans, PlanItemsCheck check, Deadlines deadlines,
      @Value("${supervision-talk.plan.preparation-weeks:4}") int preparationWeeks,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.plans = plans;
    this.check = check;
    this.deadlines = deadlines;
    this.preparationWeeks = preparationWeeks;
  }

  /** Service task: keeps the approved plan and lists its items for the talks. */
  public void register(DelegateExecution execution) {
    int year = PlanVariables.planYear(execution);
    String committee = committeeGroups.committeeOf(execution);
    List<PlanItem> items = check.resolve(committee, year, PlanVariables.planItems(execution));
    plans.insertPlan(committee, year, execution.getProcessInstanceId(),
        PlanVariables.draftedBy(execution), PlanVariables.approvedBy(execution),
        deadlines.now());
    List<String> ids = new ArrayList<>();
    for (PlanItem item : items) {
      plans.insertItem(item);
      ids.add(item.id());
    }
    execution.setVariable(PlanVariables.PLAN_ITEM_IDS, ids);
  }

  /** When the talk's preparation starts: the configured weeks before the planned month begins. */
  public Date preparationStart(String planItemId) {
    return Date.from(preparationDay(item(planItemId)).atStartOfDay(deadlines.zone()).toInstant());
  }

  public LocalDate preparationDay(PlanItem item) {
    return LocalDate.of(item.planYear(), item.plannedMonth(), 1).minusWeeks(preparationWeeks);
  }

  public String organizationId(String planItemId) {
    return item(planItemId).organizationId();
  }

  public String talkerId(String planItemId) {
    return item(planItemId).talkerId();
  }

  public String plannedTalkDate(String planItemId) {
    return item(planItemId).plannedTalkDate().toString();
  }

  private PlanItem item(String planItemId) {
    return plans.findItem(planItemId)
        .orElseThrow(() -> new IllegalStateException("未找到计划事项 " + planItemId));
  }
}
