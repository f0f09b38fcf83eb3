package cn.supervisiontalk.proposal;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.talk.Trigger;
import cn.supervisiontalk.validation.Problems;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

  public TalkProposalStart(Directory directory, @Lazy IdentityService identity) {
    this.directory = directory;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Problems problems = new Problems();
    Object initiator = execution.getVariable("initiator");
    String proposerId = String.valueOf(initiator != null ? initiator : execution.getVariable("proposerId"));
    String unit = Roles.PROPOSING_UNITS.stream()
        .filter(group -> identity.createUserQuery().userId(proposerId).memberOfGroup(group).count() > 0)
        .findFirst().orElse(null);
    if (unit == null) {
      problems.add("被谈话人人选建议由纪律检查机关、组织(人事)部门、巡视巡察机构或审计机关提出");
    }
    String organizationInput = String.valueOf(execution.getVariable("organizationId"));
    Organization organization = directory.findOrganization(organizationInput).orElse(null);
    if (organization == null) {
      problems.add("未找到下级党组织“" + organizationInput + "”,可选: " + directory.organizations()
          .stream().map(Organization::shortName).collect(Collectors.joining("、")));
    }
    Trigger trigger = Trigger.of(execution.getVariable("trigger"));
    if (trigger == null) {
      problems.add("请选择需要开展及时谈话的情形");
    }
    problems.throwIfAny();

    execution.setVariable("proposerId", proposerId);
    execution.setVariable("proposerName", directory.userName(proposerId));
    execution.setVariable("proposingUnit", unit);
    execution.setVariable("proposingUnitName", directory.groupName(unit));
    execution.setVariable("organizationId", organization.id());
    execution.setVariable("organizationName", organization.name());
    execution.setVariable("talkeeId", organization.topLeaderId());
    execution.setVariable("talkeeName", directory.userName(organization.topLeaderId()));
    execution.setVariable("triggerLabel", trigger.label());
    execution.setProcessBusinessKey(execution.getProcessInstanceId());
  }
}
