package cn.supervisiontalk.coverage;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.talk.TalkVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of a leader's coverage in one term of the holding committee
 * ({@code termCoverage}): the committee's term and the leader's tenure watched, and what the office
 * reads about them. What the office arranges (organization, talker, planned date, year) is handed to
 * the regular talk, so it carries the talk models' names ({@link TalkVariables}). A listener reads
 * and writes these only through this class.
 */
public final class CoverageVariables {

  public static final String COMMITTEE_TERM_ID = "committeeTermId";
  public static final String TENURE_ID = "tenureId";
  public static final String LEADER_ID = "leaderId";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String LEADER_NAME = "leaderName";
  public static final String TENURE_START = "tenureStart";
  public static final String TERM_LABEL = "termLabel";
  public static final String TERM_END = "termEnd";
  public static final String DAYS_TO_TERM_END = "daysToTermEnd";

  private CoverageVariables() {
  }

  public static long committeeTermId(VariableScope scope) {
    return ((Number) scope.getVariable(COMMITTEE_TERM_ID)).longValue();
  }

  public static long tenureId(VariableScope scope) {
    return ((Number) scope.getVariable(TENURE_ID)).longValue();
  }

  /** The planned talk date as the office entered it; null when missing or not a date. */
  public static LocalDate plannedTalkDate(VariableScope scope) {
    return Dates.tryParse(scope.getVariable(TalkVariables.PLANNED_TALK_DATE));
  }
}
