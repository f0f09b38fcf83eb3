package cn.supervisiontalk.proposal;

import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.Submission;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The throw event 「发起及时谈话」 of an accepted proposal: sends the message {@code timelyTalkProposed}
 * that starts the timely talk (its message start event 「采纳谈话建议」) and links the two both ways.
 * What the timely talk's start reads is handed over as the start's submission, as the office's start
 * form would hand it: the identifiers and choices become the talk's variables, while the proposal's
 * reasons and facts go into the talk's record only, never into a message or process variable.
 */
@Component("timelyTalkFromProposal")
public class TimelyTalkFromProposal implements JavaDelegate {

  /** The message the timely talk's message start event waits for. */
  static final String MESSAGE = "timelyTalkProposed";
  private static final String PROCESS = "timelyTalk";

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
    VariableMap start = Variables.createVariables()
        .putValue(TalkVariables.ORGANIZATION_ID, TalkVariables.organizationId(proposal))
        .putValue(TalkVariables.TALKEE_ID, TalkVariables.talkeeId(proposal))
        .putValue(TalkVariables.TALKER_ID, TalkVariables.talkerId(proposal))
        .putValue(TalkVariables.TRIGGER, TalkVariables.raw(proposal, TalkVariables.TRIGGER))
        .putValue(ProposalVariables.TIMELY_TALK_FACTS, ProposalVariables.proposingUnitName(proposal)
            + "建议: " + written.reasons() + (written.facts() == null ? "" : "\n" + written.facts()))
        .putValue(TalkVariables.PLANNED_TALK_DATE, TalkVariables.raw(proposal, TalkVariables.PLANNED_TALK_DATE))
        .putValue(TalkVariables.COOPERATING_UNITS, TalkVariables.raw(proposal, TalkVariables.COOPERATING_UNITS))
        .putValue(TalkVariables.PROPOSAL_ID, proposal.getProcessInstanceId());
    Map<String, TypedValue> values = new LinkedHashMap<>();
    start.keySet().forEach(name -> values.put(name, start.getValueTyped(name)));
    ProcessInstance talk = Submission.during(Submission.forStart(PROCESS, values, false),
        () -> engineWork.run(() -> runtime.createMessageCorrelation(MESSAGE).correlateStartMessage()));
    proposal.setVariable(ProposalVariables.TIMELY_TALK_ID, talk.getId());
    proposals.linkTalk(proposal.getProcessInstanceId(), talk.getId());
  }
}
