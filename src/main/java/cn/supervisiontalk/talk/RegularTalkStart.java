package cn.supervisiontalk.talk;

import cn.supervisiontalk.talk.TalkParts.Grounds;
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
    LocalDate planned = plannedDate.check(TalkVariables.raw(execution, TalkVariables.PLANNED_TALK_DATE), problems);
    Integer planYear = year(TalkVariables.raw(execution, TalkVariables.PLAN_YEAR));
    if (planYear == null) {
      problems.add("请填写有效的计划年度");
    } else if (planned != null && planned.getYear() != planYear) {
      problems.add("计划谈话日期应在" + planYear + "年度内");
    }
    parties.open(execution, TalkType.REGULAR, planned, planYear, new Grounds(null, null, null), problems);
    execution.setVariable(TalkVariables.PLAN_YEAR, planYear);
    execution.setVariable(TalkVariables.COOPERATING_UNITS, COOPERATING_UNITS);
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
