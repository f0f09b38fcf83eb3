package cn.supervisiontalk.proposal;

import cn.supervisiontalk.organization.Directory;
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
 * date; declining needs a reason, which the proposer then reads.
 */
@Component("proposalDecisionCheck")
public class ProposalDecision implements TaskListener {

  private final Directory directory;
  private final TalkerRule talkerRule;
  private final PlannedDate plannedDate;

  public ProposalDecision(Directory directory, TalkerRule talkerRule, PlannedDate plannedDate) {
    this.directory = directory;
    this.talkerRule = talkerRule;
    this.plannedDate = plannedDate;
  }

  @Override
  public void notify(DelegateTask task) {
    Problems problems = new Problems();
    if ("DECLINE".equals(task.getVariable("proposalDecision"))) {
      String reason = Values.text(task.getVariable("declineReason"));
      if (reason.isBlank()) {
        throw Problems.single("不予采纳时,请填写理由。");
      }
      task.getExecution().setVariable("proposalOutcomeText", "不予采纳。理由: " + reason);
      return;
    }
    String talkerInput = Values.text(task.getVariable("talkerId"));
    User talker = directory.findUser(talkerInput).orElse(null);
    if (talker == null) {
      problems.add(talkerInput.isBlank() ? "采纳建议时,请填写谈话人" : "未找到谈话人“" + talkerInput + "”");
    }
    LocalDate planned = plannedDate.check(task.getVariable("plannedTalkDate"), problems);
    problems.throwIfAny();
    talkerRule.check(TalkType.TIMELY,
        directory.organization((String) task.getVariable("organizationId")), talker.getId());
    task.getExecution().setVariable("talkerId", talker.getId());
    task.getExecution().setVariable("proposalOutcomeText", "已采纳,启动及时谈话。谈话人: "
        + talker.getFirstName() + ",计划谈话日期: " + planned);
  }

}
