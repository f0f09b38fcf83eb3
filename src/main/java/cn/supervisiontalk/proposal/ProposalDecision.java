package cn.supervisiontalk.proposal;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.PersonName;
import cn.supervisiontalk.talk.PlannedDate;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.TalkerRule;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Values;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The office's decision on a proposal: accepting needs a talker allowed by article 7 and a planned
 * date; putting it into the annual plan needs the plan year, this year or next (the draft of that
 * year then lists the proposed leader first); declining needs a reason, which the proposer then reads.
 */
@Component("proposalDecisionCheck")
public class ProposalDecision implements TaskListener {

  private final Directory directory;
  private final TalkerRule talkerRule;
  private final PlannedDate plannedDate;
  private final Deadlines deadlines;
  private final ProposalRecords proposals;

  public ProposalDecision(Directory directory, TalkerRule talkerRule, PlannedDate plannedDate,
      Deadlines deadlines, ProposalRecords proposals) {
    this.directory = directory;
    this.talkerRule = talkerRule;
    this.plannedDate = plannedDate;
    this.deadlines = deadlines;
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    Problems problems = new Problems();
    if ("DECLINE".equals(ProposalVariables.proposalDecision(task))) {
      String reason = Submission.ofTask(task.getId()).text("declineReason");
      if (reason.isBlank()) {
        throw Problems.single("不予采纳时,请填写理由。");
      }
      proposals.decided(task.getProcessInstanceId(), "DECLINE", reason, Actor.of(task),
          deadlines.now(), null);
      task.getExecution().setVariable(ProposalVariables.PROPOSAL_OUTCOME_TEXT, "不予采纳。理由: " + reason);
      return;
    }
    if ("PLAN".equals(ProposalVariables.proposalDecision(task))) {
      int thisYear = deadlines.today().getYear();
      Integer year = ProposalVariables.proposalPlanYear(task);
      if (year == null) {
        throw Problems.single("纳入年度定期谈话计划时,请填写计划年度。");
      }
      if (year != thisYear && year != thisYear + 1) {
        throw Problems.single("计划年度应为" + thisYear + "年或" + (thisYear + 1) + "年。");
      }
      task.getExecution().setVariable(ProposalVariables.PROPOSAL_PLAN_YEAR, year);
      task.getExecution().setVariable(ProposalVariables.PROPOSAL_DECIDED_BY, Actor.of(task));
      task.getExecution().setVariable(ProposalVariables.PROPOSAL_OUTCOME_TEXT,
          "已纳入" + year + "年度定期谈话计划");
      return;
    }
    String talkerInput = Values.text(TalkVariables.talkerId(task));
    User talker = directory.findUser(talkerInput).orElse(null);
    if (talker == null) {
      problems.add(talkerInput.isBlank() ? "采纳建议时,请填写谈话人" : "未找到谈话人“" + talkerInput + "”");
    }
    LocalDate planned = plannedDate.check(TalkVariables.raw(task, TalkVariables.PLANNED_TALK_DATE), problems);
    problems.throwIfAny();
    talkerRule.check(TalkType.TIMELY,
        directory.organization(TalkVariables.organizationId(task)), talker.getId());
    proposals.decided(task.getProcessInstanceId(), "ACCEPT", null, Actor.of(task), deadlines.now(),
        null);
    task.getExecution().setVariable(TalkVariables.TALKER_ID, talker.getId());
    task.getExecution().setVariable(ProposalVariables.PROPOSAL_OUTCOME_TEXT, "已采纳,启动及时谈话。谈话人: "
        + PersonName.of(talker) + ",计划谈话日期: " + planned);
  }

}
