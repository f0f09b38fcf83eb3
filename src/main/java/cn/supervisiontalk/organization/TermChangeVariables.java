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

  public static String leaderId(VariableScope scope) {
    return text(scope, LEADER_ID);
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
