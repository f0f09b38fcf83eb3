package cn.supervisiontalk.security;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Article 16: a talk is read by those involved only. On the start event of every talk process
 * (regular talk, timely talk, talk proposal and the called rectification), as {@code talkAccess},
 * after the start listener has resolved the parties, which the model passes in, this grants for
 * this one instance:
 * <ul>
 *   <li>the talker: the running instance and its history (variables through the history);</li>
 *   <li>the talkee: the running instance only, without its variables and history, so the units'
 *       material about them stays with the talker and the office;</li>
 * </ul>
 * A talk proposal (process {@code talkProposal}) names a talkee who must not learn of it: it is
 * granted to the proposer only, the proposal and its history.
 * The office reads every talk, so it holds one grant per process definition instead of two per talk
 * ({@link BaseAuthorizations}).
 * Tasks are granted by Camunda itself to their assignee and candidates (default task permissions).
 * The grants are written with authorization checks off: the person starting a talk may not grant
 * anything themselves.
 */
@Component("talkAccess")
public class TalkAccess {

  static final String PROPOSAL = "talkProposal";

  private final Grants grants;

  public TalkAccess(Grants grants) {
    this.grants = grants;
  }

  /** On the start of a talk or its rectification: the talker and the talkee. */
  public void talk(DelegateExecution execution, String talkerId, String talkeeId) {
    String instance = execution.getProcessInstanceId();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      readWithHistory(talkerId, instance);
      if (present(talkeeId)) {
        grants.toUser(talkeeId, PROCESS_INSTANCE, instance, ProcessInstancePermissions.READ);
      }
      return null;
    });
  }

  /** On the start of a talk proposal: the proposer only. */
  public void proposal(DelegateExecution execution, String proposerId) {
    String instance = execution.getProcessInstanceId();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      readWithHistory(proposerId, instance);
      return null;
    });
  }

  private void readWithHistory(String userId, String instance) {
    if (present(userId)) {
      grants.toUser(userId, PROCESS_INSTANCE, instance, ProcessInstancePermissions.READ);
      grants.toUser(userId, HISTORIC_PROCESS_INSTANCE, instance,
          HistoricProcessInstancePermissions.READ);
    }
  }

  private static boolean present(String id) {
    return id != null && !id.isBlank();
  }
}
