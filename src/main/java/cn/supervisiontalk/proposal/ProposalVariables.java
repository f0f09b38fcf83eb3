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
  /** For a proposal put into the annual plan: the plan year (this year or next). */
  public static final String PROPOSAL_PLAN_YEAR = "proposalPlanYear";
  /** Who decided to put it into the plan, recorded on the proposal by the service task. */
  public static final String PROPOSAL_DECIDED_BY = "proposalDecidedBy";
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

  /** The plan year as entered; null when it is not a whole number. */
  public static Integer proposalPlanYear(VariableScope scope) {
    Object value = scope.getVariable(PROPOSAL_PLAN_YEAR);
    if (value instanceof Number n) {
      return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.valueOf(n.intValue()) : null;
    }
    String text = Values.textOrNull(value);
    return text != null && text.trim().matches("\\d{4}") ? Integer.valueOf(text.trim()) : null;
  }

  public static String proposalDecidedBy(VariableScope scope) {
    return text(scope, PROPOSAL_DECIDED_BY);
  }

  private static String text(VariableScope scope, String name) {
    return Values.textOrNull(scope.getVariable(name));
  }
}
