package cn.supervisiontalk.talk;

import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a regular talk: checks the plan year and planned date, the parties and the article 7
 * rule. A refused start creates nothing.
 */
@Component("regularTalkStart")
public class RegularTalkStart implements ExecutionListener {

  /** Article 6: the units that supply material for every regular talk. */
  static final List<String> COOPERATING_UNITS =
      List.of("discipline", "organization", "propaganda", "inspection", "audit");

  private final TalkParties parties;
  private final PlannedDate plannedDate;

  public RegularTalkStart(TalkParties parties, PlannedDate plannedDate) {
    this.parties = parties;
    this.plannedDate = plannedDate;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Problems problems = new Problems();
    LocalDate planned = plannedDate.check(execution.getVariable("plannedTalkDate"), problems);
    Integer planYear = year(execution.getVariable("planYear"));
    if (planYear == null) {
      problems.add("请填写有效的计划年度");
    } else if (planned != null && planned.getYear() != planYear) {
      problems.add("计划谈话日期应在" + planYear + "年度内");
    }
    parties.resolve(execution, TalkType.REGULAR, problems);

    execution.setVariable("plannedTalkDate", planned.toString());
    execution.setVariable("planYear", planYear);
    execution.setVariable("cooperatingUnits", COOPERATING_UNITS);
    // a talk started from the annual plan knows its plan item (optional)
    Object planItemId = execution.getVariable("planItemId");
    execution.setVariable("planItemId",
        planItemId == null || String.valueOf(planItemId).isBlank() ? null : String.valueOf(planItemId).trim());
  }

  private static Integer year(Object value) {
    try {
      int year = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).trim());
      return year >= 2000 && year <= 2100 ? year : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
