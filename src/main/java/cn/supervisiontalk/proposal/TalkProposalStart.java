package cn.supervisiontalk.proposal;

import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.proposal.ProposalRecords.Proposal;
import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.talk.Trigger;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.security.CommitteeGroups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A cooperating unit proposes a talkee (article 6): the proposer must belong to the discipline
 * commission, organization department, inspection office or audit office; the proposal names the
 * organization and one of the six trigger situations.
 */
@Component("talkProposalStart")
public class TalkProposalStart implements ExecutionListener {

  private final Directory directory;
  private final IdentityService identity;
  private final ProposalRecords proposals;
  private final Deadlines deadlines;
  private final ProposingUnits proposingUnits;
  private final CommitteeGroups committeeGroups;

  public TalkProposalStart(Directory directory, @Lazy IdentityService identity,
      ProposalRecords proposals, Deadlines deadlines, ProposingUnits proposingUnits,
      CommitteeGroups committeeGroups) {
    this.directory = directory;
    this.identity = identity;
    this.proposals = proposals;
    this.deadlines = deadlines;
    this.proposingUnits = proposingUnits;
    this.committeeGroups = committeeGroups;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Problems problems = new Problems();
    String initiator = TalkVariables.initiator(execution);
    String proposerId = initiator != null ? initiator
        : String.valueOf(ProposalVariables.proposerId(execution));
    // the proposer's units in the committee that holds talks with the organization (its tenant)
    List<String> groups = identity.createGroupQuery().groupMember(proposerId).list().stream()
        .map(Group::getId).toList();
    String unit = proposingUnits.unitOf(List.copyOf(committeeGroups.roles(groups)
        .getOrDefault(committeeGroups.committeeOf(execution), Set.of()))).orElse(null);
    if (unit == null) {
      problems.add(proposingUnits.refusal());
    }
    String organizationInput = String.valueOf(TalkVariables.organizationId(execution));
    Organization organization = directory.findOrganization(organizationInput).orElse(null);
    if (organization == null) {
      problems.add("未找到下级党组织“" + organizationInput + "”,可选: " + directory.organizations()
          .stream().map(Organization::shortName).collect(Collectors.joining("、")));
    }
    Trigger trigger = Trigger.of(TalkVariables.raw(execution, TalkVariables.TRIGGER));
    if (trigger == null) {
      problems.add("请选择需要开展及时谈话的情形");
    }
    problems.throwIfAny();

    execution.setVariable(ProposalVariables.PROPOSER_ID, proposerId);
    execution.setVariable(ProposalVariables.PROPOSER_NAME, directory.userName(proposerId));
    execution.setVariable(ProposalVariables.PROPOSING_UNIT, unit);
    execution.setVariable(ProposalVariables.PROPOSING_UNIT_NAME, directory.unitName(
        committeeGroups.committeeOf(execution), unit));
    execution.setVariable(TalkVariables.ORGANIZATION_ID, organization.id());
    execution.setVariable(ProposalVariables.ORGANIZATION_NAME, organization.name());
    execution.setVariable(TalkVariables.TALKEE_ID, organization.topLeaderId());
    execution.setVariable(ProposalVariables.TALKEE_NAME, directory.userName(organization.topLeaderId()));
    execution.setVariable(ProposalVariables.TRIGGER_LABEL, trigger.label());
    execution.setProcessBusinessKey(execution.getProcessInstanceId());
    Submission form = Submission.current();
    proposals.insert(new Proposal(execution.getProcessInstanceId(), proposerId, unit,
        organization.id(), organization.topLeaderId(), trigger.name(), form.text("reasons"),
        form.text("facts").isBlank() ? null : form.text("facts"), deadlines.now()));
  }
}
