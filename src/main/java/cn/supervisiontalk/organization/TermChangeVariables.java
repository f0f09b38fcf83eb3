package cn.supervisiontalk.organization;

import cn.supervisiontalk.validation.Values;
import cn.supervisiontalk.deadline.Dates;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of a term change ({@code termChange}): the change as entered on the start
 * form, what the organization department reads, its decision and the term entered. A listener
 * reads and writes these only through this class.
 */
public final class TermChangeVariables {

  public static final String ORGANIZATION_ID = "organizationId";
  public static final String LEADER_ID = "leaderId";
  /** The user name typed for a person not yet registered, when the picker's choice is {@link #NEW_LEADER}. */
  public static final String NEW_LEADER_ID = "newLeaderId";
  /** The choice 「新任人员(在下方填写)」 of the start form's leader picker. */
  public static final String NEW_LEADER = "NEW";
  public static final String LEADER_NAME = "leaderName";
  public static final String LEADER_TITLE = "leaderTitle";
  public static final String TERM_START = "termStart";
  public static final String TERM_END = "termEnd";
  public static final String REASON = "reason";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String CURRENT_LEADER = "currentLeader";
  public static final String TERM_CHANGE_DECISION = "termChangeDecision";
  public static final String TERM_ID = "termId";
  public static final String INITIATOR = "initiator";

  private TermChangeVariables() {
  }

  public static String organizationId(VariableScope scope) {
    return text(scope, ORGANIZATION_ID);
  }

  /**
   * The new top leader's user name: the person picked, or the one typed in for a person not yet
   * registered (the picker's choice 「新任人员」).
   */
  public static String leaderId(VariableScope scope) {
    String picked = text(scope, LEADER_ID);
    return NEW_LEADER.equals(picked) ? text(scope, NEW_LEADER_ID) : picked;
  }

  public static String leaderName(VariableScope scope) {
    return text(scope, LEADER_NAME);
  }

  public static String leaderTitle(VariableScope scope) {
    return text(scope, LEADER_TITLE);
  }

  /** The term's first day; null when missing or not a date. */
  public static LocalDate termStart(VariableScope scope) {
    return Dates.tryParse(scope.getVariable(TERM_START));
  }

  /** The term's last day; null when missing or not a date. */
  public static LocalDate termEnd(VariableScope scope) {
    return Dates.tryParse(scope.getVariable(TERM_END));
  }

  public static String reason(VariableScope scope) {
    return text(scope, REASON);
  }

  public static String initiator(VariableScope scope) {
    return text(scope, INITIATOR);
  }

  public static String termChangeDecision(VariableScope scope) {
    return text(scope, TERM_CHANGE_DECISION);
  }

  private static String text(VariableScope scope, String name) {
    return Values.textOrNull(scope.getVariable(name));
  }
}
