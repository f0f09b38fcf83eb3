package cn.supervisiontalk.proposal;

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

  public TimelyTalkFromProposal(@Lazy RuntimeService runtime, EngineWork engineWork) {
    this.engineWork = engineWork;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution proposal) {
    ProcessInstance talk = engineWork.run(() -> runtime.startProcessInstanceByKey("timelyTalk", Variables.createVariables()
        .putValue("organizationId", proposal.getVariable("organizationId"))
        .putValue("talkeeId", proposal.getVariable("talkeeId"))
        .putValue("talkerId", proposal.getVariable("talkerId"))
        .putValue("trigger", proposal.getVariable("trigger"))
        .putValue("facts", proposal.getVariable("proposingUnitName") + "建议: "
            + proposal.getVariable("reasons") + "\n" + proposal.getVariable("facts"))
        .putValue("plannedTalkDate", proposal.getVariable("plannedTalkDate"))
        .putValue("cooperatingUnits", proposal.getVariable("cooperatingUnits"))
        .putValue("proposalId", proposal.getProcessInstanceId())));
    proposal.setVariable("timelyTalkId", talk.getId());
  }
}
