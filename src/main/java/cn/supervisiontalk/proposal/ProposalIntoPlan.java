package cn.supervisiontalk.proposal;

import cn.supervisiontalk.deadline.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records on the proposal that the office put it into the annual plan of its plan year; the draft
 * of that year ({@code plan.PlanProposal}) then lists the proposed leader first, noting the proposal.
 */
@Component("proposalIntoPlan")
public class ProposalIntoPlan implements JavaDelegate {

  private final ProposalRecords proposals;
  private final Deadlines deadlines;

  public ProposalIntoPlan(ProposalRecords proposals, Deadlines deadlines) {
    this.proposals = proposals;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution proposal) {
    proposals.planned(proposal.getProcessInstanceId(), ProposalVariables.proposalPlanYear(proposal),
        ProposalVariables.proposalDecidedBy(proposal), deadlines.now());
  }
}
