package cn.supervisiontalk.plan;

import cn.supervisiontalk.validation.Values;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of the annual plan ({@code annualPlan}) and of its planned talks
 * ({@code plannedTalk}): the year, the draft as checked, the secretary's decision, who drafted and
 * approved it, and the items' ids. The plan year and each item's id are handed on to the regular
 * talk, so they carry the talk models' names ({@link TalkVariables#PLAN_YEAR},
 * {@link TalkVariables#PLAN_ITEM_ID}). A listener reads and writes these only through this class.
 */
public final class PlanVariables {

  public static final String PLAN_DECISION = "planDecision";
  public static final String PLAN_RETURN_REASON = "planReturnReason";
  public static final String PLAN_ITEMS = "planItems";
  public static final String PLAN_SUMMARY = "planSummary";
  public static final String PLAN_OVERVIEW = "planOverview";
  public static final String PLAN_UNIT_NAMES = "planUnitNames";
  public static final String DRAFTED_BY = "draftedBy";
  public static final String APPROVED_BY = "approvedBy";
  public static final String PLAN_ITEM_IDS = "planItemIds";

  private PlanVariables() {
  }

  /** The plan year; null when it is not a number (as entered on the start form). */
  public static Integer planYear(VariableScope scope) {
    return scope.getVariable(TalkVariables.PLAN_YEAR) instanceof Number year
        ? Integer.valueOf(year.intValue()) : null;
  }

  /** The draft as kept: one line per item ({@link PlanLines}). */
  public static String planItems(VariableScope scope) {
    return text(scope, PLAN_ITEMS);
  }

  public static String planDecision(VariableScope scope) {
    return text(scope, PLAN_DECISION);
  }

  public static String draftedBy(VariableScope scope) {
    return text(scope, DRAFTED_BY);
  }

  public static String approvedBy(VariableScope scope) {
    return text(scope, APPROVED_BY);
  }

  private static String text(VariableScope scope, String name) {
    return Values.textOrNull(scope.getVariable(name));
  }
}
