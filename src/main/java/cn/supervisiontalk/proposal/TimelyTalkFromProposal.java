package cn.supervisiontalk.proposal;

import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.security.EngineWork;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Starts the timely talk of an accepted proposal and links the two both ways. */
@Component("timelyTalkFromProposal")
public class TimelyTalkFromProposal implements JavaDelegate {

  private final RuntimeService runtime;
  private final EngineWork engineWork;
  private final ProposalRecords proposals;

  public TimelyTalkFromProposal(@Lazy RuntimeService runtime, EngineWork engineWork,
      ProposalRecords proposals) {
    this.engineWork = engineWork;
    this.runtime = runtime;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution proposal) {
    ProposalRecords.Proposal written = proposals.get(proposal.getProcessInstanceId());
    ProcessInstance talk = engineWork.run(() -> runtime.startProcessInstanceByKey("timelyTalk", Variables.createVariables()
        .putValue(TalkVariables.ORGANIZATION_ID, TalkVariables.organizationId(proposal))
        .putValue(TalkVariables.TALKEE_ID, TalkVariables.talkeeId(proposal))
        .putValue(TalkVariables.TALKER_ID, TalkVariables.talkerId(proposal))
        .putValue(TalkVariables.TRIGGER, TalkVariables.raw(proposal, TalkVariables.TRIGGER))
        .putValue(ProposalVariables.TIMELY_TALK_FACTS, ProposalVariables.proposingUnitName(proposal) + "建议: " + written.reasons()
            + (written.facts() == null ? "" : "\n" + written.facts()))
        .putValue(TalkVariables.PLANNED_TALK_DATE, TalkVariables.raw(proposal, TalkVariables.PLANNED_TALK_DATE))
        .putValue(TalkVariables.COOPERATING_UNITS, TalkVariables.raw(proposal, TalkVariables.COOPERATING_UNITS))
        .putValue(TalkVariables.PROPOSAL_ID, proposal.getProcessInstanceId())));
    proposal.setVariable(ProposalVariables.TIMELY_TALK_ID, talk.getId());
    proposals.linkTalk(proposal.getProcessInstanceId(), talk.getId());
  }
}
