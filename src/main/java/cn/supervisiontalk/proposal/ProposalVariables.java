package cn.supervisiontalk.proposal;

import cn.supervisiontalk.validation.Values;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of a proposal from a cooperating unit ({@code talkProposal}): who proposed
 * it, the names shown to the office, the decision and its outcome, the timely talk started. What is
 * handed to the timely talk (organization, talkee, talker, trigger, planned date, cooperating units,
 * proposal id) carries the talk models' names ({@link TalkVariables}). The proposal's text is in its
 * record ({@link ProposalRecords}); a listener reads and writes these only through this class.
 */
public final class ProposalVariables {

  public static final String PROPOSER_ID = "proposerId";
  public static final String PROPOSER_NAME = "proposerName";
  public static final String PROPOSING_UNIT = "proposingUnit";
  public static final String PROPOSING_UNIT_NAME = "proposingUnitName";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String TALKEE_NAME = "talkeeName";
  public static final String TRIGGER_LABEL = "triggerLabel";
  public static final String PROPOSAL_DECISION = "proposalDecision";
  public static final String PROPOSAL_OUTCOME_TEXT = "proposalOutcomeText";
  public static final String TIMELY_TALK_ID = "timelyTalkId";
  /** Handed to the timely talk on its start: what the proposal says, as the talk's facts. */
  public static final String TIMELY_TALK_FACTS = "facts";

  private ProposalVariables() {
  }

  public static String proposerId(VariableScope scope) {
    return text(scope, PROPOSER_ID);
  }

  public static String proposingUnitName(VariableScope scope) {
    return text(scope, PROPOSING_UNIT_NAME);
  }

  public static String proposalDecision(VariableScope scope) {
    return text(scope, PROPOSAL_DECISION);
  }

  private static String text(VariableScope scope, String name) {
    return Values.textOrNull(scope.getVariable(name));
  }
}
