package cn.supervisiontalk.talk;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.validation.Problems;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Asks the DMN decision {@code talkerRule} (processes/talker-rule.dmn) whether a talker may hold a talk. */
@Component
public class TalkerRule {

  private final DecisionService decisions;
  private final Directory directory;

  public TalkerRule(@Lazy DecisionService decisions, Directory directory) {
    this.decisions = decisions;
    this.directory = directory;
  }

  /** Refuses, with the decision's reason, a talker that article 7 does not allow. */
  public void check(TalkType type, Organization organization, String talkerId) {
    Map<String, Object> outcome = decide(type, organization, talkerId);
    if (!Boolean.TRUE.equals(outcome.get("allowed"))) {
      throw Problems.single(outcome.get("reason") + "。");
    }
  }

  /** Whether article 7 allows the talker to hold this talk (the talker pickers offer only these). */
  public boolean allows(TalkType type, Organization organization, String talkerId) {
    return Boolean.TRUE.equals(decide(type, organization, talkerId).get("allowed"));
  }

  private Map<String, Object> decide(TalkType type, Organization organization, String talkerId) {
    // a member of the leadership team of the committee holding talks with the organization
    String role = directory.leadershipRole(organization.committeeId(), talkerId).map(Enum::name)
        .orElse("NONE");
    DmnDecisionResult result = decisions.evaluateDecisionByKey("talkerRule")
        .variables(Variables.createVariables()
            .putValue("talkType", type.name())
            .putValue("organizationKind", organization.kind().name())
            .putValue("talkerRole", role))
        .evaluate();
    return result.getSingleResult().getEntryMap();
  }
}
