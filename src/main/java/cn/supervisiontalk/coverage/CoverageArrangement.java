package cn.supervisiontalk.coverage;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.talk.TalkerRule;
import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The office's task to arrange the regular talk for a leader not yet talked to in the committee's
 * term: shows the leader and the term (as the form's values), is due when the committee's term
 * ends, and on completion checks the talker (article 7) and that the talk falls within the term.
 * As {@code coverageArrangement} in the model.
 */
@Component("coverageArrangement")
public class CoverageArrangement implements TaskListener, FormValueSource {

  private final TermCoverage coverage;
  private final Directory directory;
  private final TalkerRule talkerRule;
  private final Deadlines deadlines;

  public CoverageArrangement(TermCoverage coverage, Directory directory, TalkerRule talkerRule,
      Deadlines deadlines) {
    this.coverage = coverage;
    this.directory = directory;
    this.talkerRule = talkerRule;
    this.deadlines = deadlines;
  }

  /** The task's due date: the last day of the committee's term. */
  public Date due(long committeeTermId, long tenureId) {
    return deadlines.endOf(coverage.of(committeeTermId, tenureId).termEnd());
  }

  /** What the form shows, for a task of the coverage process only. */
  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (!(task.getVariable(CoverageVariables.COMMITTEE_TERM_ID) instanceof Number)) {
      return values;
    }
    CoverageRow row = coverage.of(CoverageVariables.committeeTermId(task),
        CoverageVariables.tenureId(task));
    Map<String, Object> all = Map.of(
        CoverageVariables.ORGANIZATION_NAME, row.organizationName(),
        CoverageVariables.LEADER_NAME, row.leaderName(),
        CoverageVariables.TENURE_START, row.tenureStart().toString(),
        CoverageVariables.TERM_LABEL, row.termLabel(),
        CoverageVariables.TERM_END, row.termEnd().toString(),
        CoverageVariables.DAYS_TO_TERM_END, row.daysToTermEnd());
    all.forEach((key, value) -> {
      if (keys.contains(key)) {
        values.put(key, value);
      }
    });
    return values;
  }

  @Override
  public void notify(DelegateTask task) {
    CoverageRow row = coverage.of(CoverageVariables.committeeTermId(task),
        CoverageVariables.tenureId(task));
    Organization organization = directory.organization(row.organizationId());
    Problems problems = new Problems();
    String talkerInput = String.valueOf(TalkVariables.talkerId(task));
    User talker = directory.findUser(talkerInput).orElse(null);
    if (talker == null) {
      problems.add("未找到谈话人“" + talkerInput + "”");
    }
    LocalDate planned = CoverageVariables.plannedTalkDate(task);
    if (planned == null) {
      problems.add("请填写有效的计划谈话日期");
    } else if (planned.isBefore(deadlines.today())) {
      problems.add("计划谈话日期不能早于今天");
    } else if (planned.isAfter(row.termEnd())) {
      problems.add("计划谈话日期应在本届任期届满(" + row.termEnd() + ")之前");
    }
    problems.throwIfAny();
    talkerRule.check(TalkType.REGULAR, organization, talker.getId());
    task.getExecution().setVariable(TalkVariables.TALKER_ID, talker.getId());
    task.getExecution().setVariable(TalkVariables.PLANNED_TALK_DATE, planned.toString());
    task.getExecution().setVariable(TalkVariables.PLAN_YEAR, planned.getYear());
  }
}
