package cn.supervisiontalk.talk;

import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a timely talk (article 5): one of the six trigger situations with its facts, the
 * parties and the article 7 rule, and the cooperating units the office picked for material.
 */
@Component("timelyTalkStart")
public class TimelyTalkStart implements ExecutionListener {

  private final TalkParties parties;
  private final PlannedDate plannedDate;

  public TimelyTalkStart(TalkParties parties, PlannedDate plannedDate) {
    this.parties = parties;
    this.plannedDate = plannedDate;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Problems problems = new Problems();
    LocalDate planned = plannedDate.check(TalkVariables.raw(execution, TalkVariables.PLANNED_TALK_DATE), problems);
    Trigger trigger = Trigger.of(TalkVariables.raw(execution, TalkVariables.TRIGGER));
    if (trigger == null) {
      problems.add("请选择需要开展及时谈话的情形");
    }
    List<String> units = List.of();
    try {
      // which units may be picked is the start form's list of options, checked with the form
      units = TalkVariables.strings(execution, TalkVariables.COOPERATING_UNITS).stream()
          .filter(unit -> !unit.isBlank()).distinct().toList();
    } catch (IllegalArgumentException e) {
      problems.add("提供材料的单位应为列表");
    }
    Submission start = Submission.current();
    parties.open(execution, TalkType.TIMELY, planned, null, new Grounds(
        trigger == null ? null : trigger.name(), start.text("facts"), blankToNull(start.text("evidence"))),
        problems);
    execution.setVariable(TalkVariables.COOPERATING_UNITS, units);
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
