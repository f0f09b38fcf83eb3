package cn.supervisiontalk.talk;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Values;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Resolves who a talk is about and who holds it from what the office entered (ids or names),
 * checks them, and stores ids and names on the talk.
 */
@Component
public class TalkParties {

  private final Directory directory;
  private final TalkerRule talkerRule;

  public TalkParties(Directory directory, TalkerRule talkerRule) {
    this.directory = directory;
    this.talkerRule = talkerRule;
  }

  /** Checks organization, talkee and talker, then sets their ids and names on the execution. */
  public void resolve(DelegateExecution execution, TalkType type, Problems problems) {
    String organizationInput = Values.text(execution.getVariable("organizationId"));
    Organization organization = directory.findOrganization(organizationInput).orElse(null);
    if (organization == null) {
      problems.add("未找到下级党组织“" + organizationInput + "”,可选: " + directory.organizations()
          .stream().map(Organization::shortName).collect(Collectors.joining("、")));
    }
    String talkerInput = Values.text(execution.getVariable("talkerId"));
    User talker = directory.findUser(talkerInput).orElse(null);
    if (talker == null) {
      problems.add("未找到谈话人“" + talkerInput + "”");
    }
    String talkeeInput = Values.text(execution.getVariable("talkeeId"));
    if (organization != null && !talkeeInput.isBlank()) {
      User talkee = directory.findUser(talkeeInput).orElse(null);
      if (talkee == null || !talkee.getId().equals(organization.topLeaderId())) {
        problems.add("被谈话人应为" + organization.shortName() + "现任主要负责人"
            + directory.userName(organization.topLeaderId()));
      }
    }
    problems.throwIfAny();

    talkerRule.check(type, organization, talker.getId());

    execution.setVariable("talkType", type.name());
    execution.setVariable("organizationId", organization.id());
    execution.setVariable("organizationName", organization.name());
    execution.setVariable("organizationKind", organization.kind().name());
    execution.setVariable("talkeeId", organization.topLeaderId());
    execution.setVariable("talkeeName", directory.userName(organization.topLeaderId()));
    execution.setVariable("talkerId", talker.getId());
    execution.setVariable("talkerName", talker.getFirstName());
    execution.setVariable("talkId", execution.getProcessInstanceId());
    execution.setProcessBusinessKey(execution.getProcessInstanceId());
  }

}
