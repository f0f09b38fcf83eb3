package cn.supervisiontalk.coverage;

import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.TalkerRule;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The office's task to arrange the regular talk for a leader not yet covered: shows the term, and on
 * completion checks the talker (article 7) and that the talk falls within the term. As
 * {@code coverageArrangement} in the model.
 */
@Component("coverageArrangement")
public class CoverageArrangement implements TaskListener {

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

  /** On creating the task: what the office reads. */
  public void prepare(DelegateTask task) {
    CoverageRow row = coverage.of(CoverageVariables.termId(task));
    task.setVariable(CoverageVariables.ORGANIZATION_NAME, row.organizationName());
    task.setVariable(CoverageVariables.LEADER_NAME, row.leaderName());
    task.setVariable(CoverageVariables.TERM_START, row.termStart().toString());
    task.setVariable(CoverageVariables.TERM_END, row.termEnd().toString());
    task.setVariable(CoverageVariables.DAYS_TO_TERM_END, row.daysToTermEnd());
    task.setDueDate(deadlines.endOf(row.termEnd()));
  }

  @Override
  public void notify(DelegateTask task) {
    CoverageRow row = coverage.of(CoverageVariables.termId(task));
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
