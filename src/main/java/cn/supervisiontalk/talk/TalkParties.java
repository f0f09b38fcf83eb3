package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.organization.PersonName;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Values;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Resolves who a talk is about and who holds it from what the office entered (ids or names),
 * checks them, opens the talk's record and sets the ids the model routes on.
 */
@Component
public class TalkParties {

  private final Directory directory;
  private final TalkerRule talkerRule;
  private final TalkRecords talks;
  private final Deadlines deadlines;
  private final EngineWork engineWork;
  private final CommitteeGroups committeeGroups;
  private final Committee committee;
  static final String HOLDING_COMMITTEE_KIND = "holdingCommitteeKind";

  public TalkParties(Directory directory, TalkerRule talkerRule, TalkRecords talks,
      Deadlines deadlines, EngineWork engineWork, CommitteeGroups committeeGroups,
      Committee committee) {
    this.committee = committee;
    this.committeeGroups = committeeGroups;
    this.directory = directory;
    this.talkerRule = talkerRule;
    this.talks = talks;
    this.deadlines = deadlines;
    this.engineWork = engineWork;
  }

  /**
   * Checks organization, talkee and talker (with the problems found so far), then records the new
   * talk and sets its ids on the execution.
   */
  public void open(DelegateExecution execution, TalkType type, LocalDate planned, Integer planYear,
      Grounds grounds, Problems problems) {
    String organizationInput = Values.text(TalkVariables.raw(execution, TalkVariables.ORGANIZATION_ID));
    Organization organization = directory.findOrganization(organizationInput).orElse(null);
    if (organization == null) {
      problems.add("未找到下级党组织“" + organizationInput + "”,可选: " + directory.organizations()
          .stream().map(Organization::shortName).collect(Collectors.joining("、")));
    }
    String talkerInput = Values.text(TalkVariables.raw(execution, TalkVariables.TALKER_ID));
    User talker = directory.findUser(talkerInput).orElse(null);
    if (talker == null) {
      problems.add("未找到谈话人“" + talkerInput + "”");
    }
    String talkeeInput = Values.text(TalkVariables.raw(execution, TalkVariables.TALKEE_ID));
    if (organization != null && !talkeeInput.isBlank()) {
      User talkee = directory.findUser(talkeeInput).orElse(null);
      if (talkee == null || !talkee.getId().equals(organization.topLeaderId())) {
        problems.add("被谈话人应为" + organization.shortName() + "现任主要负责人"
            + directory.userName(organization.topLeaderId()));
      }
    }
    if (organization != null && talker != null && talker.getId().equals(organization.topLeaderId())) {
      problems.add("谈话人不能是被谈话人本人: " + PersonName.of(talker) + "同志是" + organization.shortName()
          + "主要负责人,应由市委其他领导班子成员与其谈话");
    }
    if (organization != null) {
      heldByThisCommittee(execution, organization, problems);
    }
    problems.throwIfAny();

    talkerRule.check(type, organization, talker.getId());
    boolean additional = type == TalkType.REGULAR && TalkVariables.additionalTalk(execution);
    if (type == TalkType.REGULAR && !additional) {
      refuseWhileOpen(execution, organization.topLeaderId());
    }

    String talkId = execution.getProcessInstanceId();
    talks.insert(new Talk(talkId, type, organization.id(), organization.name(),
        organization.kind().name(), organization.topLeaderId(),
        directory.userName(organization.topLeaderId()), talker.getId(), PersonName.of(talker),
        planYear, planned, TalkVariables.planItemId(execution), TalkVariables.proposalId(execution),
        grounds.triggerCode(), deadlines.now(), TalkStage.PREPARATION, null, null, null, null, null,
        null, null, false), grounds, TalkVariables.initiator(execution),
        committeeGroups.committeeOf(execution));
    if (additional) {
      talks.markAdditional(talkId);
    }

    execution.setVariable(TalkVariables.TALK_ID, talkId);
    execution.setVariable(TalkVariables.TALK_TYPE, type.name());
    execution.setVariable(TalkVariables.ORGANIZATION_ID, organization.id());
    execution.setVariable(TalkVariables.TALKEE_ID, organization.topLeaderId());
    execution.setVariable(TalkVariables.TALKER_ID, talker.getId());
    execution.setVariable(TalkVariables.PLANNED_TALK_DATE, planned.toString());
    // which units supply material (material-units.dmn): a 党组's differ from a local committee's
    execution.setVariable(HOLDING_COMMITTEE_KIND,
        committee.holdingCommitteeKind(committeeGroups.committeeOf(execution)));
    execution.setProcessBusinessKey(talkId);
  }

  /**
   * Article 7: a committee talks to the top leaders one level below it. The instance belongs to
   * the committee holding talks with the organization (engine.CommitteeTenancy); a talk started
   * on its own (not called by a plan or a coverage process) is started by that committee's office.
   */
  private void heldByThisCommittee(DelegateExecution execution, Organization organization,
      Problems problems) {
    String committee = committeeGroups.committeeOf(execution);
    if (organization.committeeId() != null && !organization.committeeId().equals(committee)) {
      problems.add(organization.shortName() + "不由本党委(党组)开展谈话");
      return;
    }
    if (execution.getSuperExecution() == null
        && !committeeGroups.currentUserHolds(committee, Roles.OFFICE)) {
      problems.add("与" + organization.shortName() + "主要负责人的谈话由"
          + committeeGroups.committeeName(committee) + "办公室发起,您不是其工作人员");
    }
  }

  /**
   * One regular talk at a time for a top leader: while one of his regular talks is open (started,
   * neither archived nor cancelled, its process still running) a second one is refused, naming the
   * open one, unless the office marks the new one as a deliberate extra talk. Only talks are
   * counted, never plan items: the talk a plan item (or a coverage task) starts is the leader's
   * first, and a retried start of the same plan item does not count its own talk.
   */
  private void refuseWhileOpen(DelegateExecution execution, String talkeeId) {
    String planItemId = TalkVariables.planItemId(execution);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<Talk> open = talks.openRegular(talkeeId).stream()
        .filter(t -> planItemId == null || !Objects.equals(planItemId, t.planItemId()))
        .filter(t -> running(runtime, t.id()))
        .toList();
    if (open.isEmpty()) {
      return;
    }
    Talk talk = open.get(0);
    throw Problems.single(talk.talkeeName() + "同志已有一次定期谈话正在进行(" + talk.organizationName()
        + ",谈话人" + talk.talkerName() + ",计划谈话日期" + Deadlines.dayText(talk.plannedTalkDate())
        + ",当前阶段: " + talk.stage().label() + "),不能再次发起定期谈话。"
        + "如确需另行安排谈话,请勾选“另行安排的谈话”后发起。");
  }

  /** Whether the talk's process still runs; read on the engine's behalf, whoever starts the talk. */
  private boolean running(RuntimeService runtime, String talkId) {
    return engineWork.run(
        () -> runtime.createProcessInstanceQuery().processInstanceId(talkId).count() > 0);
  }
}
