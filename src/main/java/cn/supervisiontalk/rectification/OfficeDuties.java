package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.util.Date;
import java.util.Map;
import cn.supervisiontalk.security.EngineWork;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The office's own duties in a talk's follow-through (articles 12 and 17(一)): reviewing the
 * measures and the results, and gathering the archive. The regulation sets no number of days; the
 * committee does, in the decision table office-deadlines.dmn, which each of these tasks evaluates
 * for its due date. A duty finished after its due date is a finding, like the talker's and the
 * talkee's. As {@code officeDuties} in the model.
 */
@Component("officeDuties")
public class OfficeDuties {

  private static final Map<String, String> DUTIES = Map.of(
      "reviewMeasures", "审核整改措施", "reviewResults", "审核整改情况", "prepareArchive", "汇总整理归档材料");

  static final String DECISION = "officeDeadlines";

  private final AccountabilityRepository findings;
  private final TalkRecords talks;
  private final Deadlines deadlines;
  private final DecisionService decisions;
  private final EngineWork engineWork;

  public OfficeDuties(AccountabilityRepository findings, TalkRecords talks, Deadlines deadlines,
      @Lazy DecisionService decisions, EngineWork engineWork) {
    this.findings = findings;
    this.talks = talks;
    this.deadlines = deadlines;
    this.decisions = decisions;
    this.engineWork = engineWork;
  }

  /**
   * When the duty begun today is due: the end of the day the table's number of days from now. The
   * table is the application's to read, whoever's action created the task.
   */
  public Date due(DelegateExecution execution, String duty) {
    Object talkType = execution.getVariable(TalkVariables.TALK_TYPE);
    Map<String, Object> days = engineWork.run(() -> decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Variables.createVariables().putValue(TalkVariables.TALK_TYPE, talkType))
        .evaluate().getSingleResult().getEntryMap());
    Object value = days.get(duty + "Days");
    if (!(value instanceof Number number) || number.intValue() < 0) {
      throw new IllegalStateException("决策表 office-deadlines.dmn 未给出“" + label(duty) + "”的办理时限");
    }
    return deadlines.endOf(deadlines.today().plusDays(number.intValue()));
  }

  /** On completion: a duty finished after its due date is recorded, once per talk. */
  public void completed(DelegateTask task, String duty) {
    Date due = task.getDueDate();
    if (due == null || !Date.from(deadlines.now().toInstant()).after(due)) {
      return;
    }
    Talk talk = talks.get(TalkVariables.talkId(task));
    findings.insertOnce(talk.id(), talk.talkeeId(), AccountabilityKind.OFFICE_OVERDUE,
        "办公室未在期限(" + deadlines.dueText(due) + ")内" + label(duty) + "(" + talk.talkeeName()
            + "的谈话)", deadlines.now());
  }

  private static String label(String duty) {
    return DUTIES.getOrDefault(duty, duty);
  }
}
