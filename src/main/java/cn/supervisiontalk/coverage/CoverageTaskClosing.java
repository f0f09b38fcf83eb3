package cn.supervisiontalk.coverage;

import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.RegularTalkHeld;
import cn.supervisiontalk.organization.CommitteeTerm;
import cn.supervisiontalk.organization.CommitteeTermRepository;
import cn.supervisiontalk.organization.OrganizationRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A coverage task closes itself when the talk it asks for is held otherwise (say, from the annual
 * plan): the regular talk's record sends the message {@code regularTalkHeld} to the coverage process
 * of that top leader in that term of the committee, whose task to arrange a talk then ends. Runs in the talk
 * record's transaction.
 */
@Component
public class CoverageTaskClosing {

  static final String MESSAGE = "regularTalkHeld";

  private final RuntimeService runtime;
  private final EngineWork engineWork;
  private final CommitteeTermRepository committeeTerms;
  private final OrganizationRepository organizations;

  public CoverageTaskClosing(@Lazy RuntimeService runtime, EngineWork engineWork,
      CommitteeTermRepository committeeTerms, OrganizationRepository organizations) {
    this.organizations = organizations;
    this.runtime = runtime;
    this.engineWork = engineWork;
    this.committeeTerms = committeeTerms;
  }

  /**
   * The talk covers its talkee in the committee's term it was held in, whichever organization he
   * leads there. The talker who records the talk need not be allowed to touch the office's coverage
   * process.
   */
  @EventListener
  public void talkHeld(RegularTalkHeld held) {
    String committee = organizations.committeeOf(held.organizationId()).orElse(null);
    for (CommitteeTerm term : committeeTerms.overlapping(committee, held.talkDate(),
        held.talkDate())) {
      engineWork.run(() -> runtime.createMessageCorrelation(MESSAGE)
          .processInstanceVariableEquals(CoverageVariables.COMMITTEE_TERM_ID, term.id())
          .processInstanceVariableEquals(CoverageVariables.LEADER_ID, held.talkeeId())
          .correlateAllWithResult());
    }
  }
}
