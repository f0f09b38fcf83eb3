package cn.supervisiontalk.copy;

import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Article 12, with article 15: a part of the talk is copied to the holding committee's discipline
 * body and organization department as soon as it exists, not only with the archive at the end. On
 * the throw events 「抄送谈话记录」 (regular and timely talk, after the talk record),
 * 「抄送整改措施」 and 「抄送整改情况」 (rectification, after the office's acceptance and review),
 * each naming its part as the input {@code copiedPart}: starts processes/talk-copy.bpmn by the
 * message its start event waits for, with the talk's id and the part only. As {@code talkPartCopy}
 * in the models.
 */
@Component("talkPartCopy")
public class TalkPartCopy implements JavaDelegate {

  /** The message that starts processes/talk-copy.bpmn (its message start event). */
  static final String MESSAGE = "talkPartCopied";
  /** Which part is copied: a {@link CopiedPart} code. */
  static final String COPIED_PART = "copiedPart";

  private final RuntimeService runtime;
  private final EngineWork engineWork;

  public TalkPartCopy(@Lazy RuntimeService runtime, EngineWork engineWork) {
    this.runtime = runtime;
    this.engineWork = engineWork;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String talkId = TalkVariables.talkId(execution);
    Object code = execution.getVariable(COPIED_PART);
    CopiedPart part = CopiedPart.of(code == null ? null : code.toString());
    if (talkId == null || part == null) {
      throw new IllegalStateException("抄送事件 " + execution.getCurrentActivityId()
          + " 缺少谈话编号或抄送部分(copiedPart: " + code + ")");
    }
    engineWork.run(() -> runtime.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(businessKey(talkId, part))
        .setVariables(Variables.createVariables()
            .putValue(TalkVariables.TALK_ID, talkId)
            .putValue(COPIED_PART, part.name()))
        .correlateStartMessage());
  }

  /**
   * The copy's own business key, e.g. {@code 4f1c…:MEASURES}: the talk's id with the part. Not the
   * talk's id itself, so the talk's own tasks (those of the talk and the processes it calls) stay
   * apart from the units' reading of their copies.
   */
  static String businessKey(String talkId, CopiedPart part) {
    return talkId + ":" + part.name();
  }
}
