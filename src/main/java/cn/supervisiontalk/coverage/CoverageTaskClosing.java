package cn.supervisiontalk.coverage;

import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.RegularTalkHeld;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A coverage task closes itself when the talk it asks for is held otherwise (say, from the annual
 * plan): the regular talk's record sends the message {@code regularTalkHeld} to the coverage process
 * of that organization and top leader, whose task to arrange a talk then ends. Runs in the talk
 * record's transaction.
 */
@Component
public class CoverageTaskClosing {

  static final String MESSAGE = "regularTalkHeld";

  private final RuntimeService runtime;
  private final EngineWork engineWork;

  public CoverageTaskClosing(@Lazy RuntimeService runtime, EngineWork engineWork) {
    this.runtime = runtime;
    this.engineWork = engineWork;
  }

  /** The talker who records the talk need not be allowed to touch the office's coverage process. */
  @EventListener
  public void talkHeld(RegularTalkHeld held) {
    engineWork.run(() -> runtime.createMessageCorrelation(MESSAGE)
        .processInstanceVariableEquals(TalkVariables.ORGANIZATION_ID, held.organizationId())
        .processInstanceVariableEquals(CoverageVariables.LEADER_ID, held.talkeeId())
        .correlateAllWithResult());
  }
}
