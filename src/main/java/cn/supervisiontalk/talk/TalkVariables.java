package cn.supervisiontalk.talk;

import cn.supervisiontalk.validation.Values;
import cn.supervisiontalk.validation.JsonValues;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of the talk models (regular talk, timely talk, rectification): ids, dates
 * and decisions the models route on, nothing a person wrote. The talk's content is in its record
 * ({@link TalkRecords}); a listener reads and writes these variables only through this class.
 */
public final class TalkVariables {

  public static final String TALK_ID = "talkId";
  public static final String TALK_TYPE = "talkType";
  public static final String ORGANIZATION_ID = "organizationId";
  public static final String TALKEE_ID = "talkeeId";
  public static final String TALKER_ID = "talkerId";
  public static final String PLANNED_TALK_DATE = "plannedTalkDate";
  public static final String PLAN_YEAR = "planYear";
  public static final String PLAN_ITEM_ID = "planItemId";
  public static final String PROPOSAL_ID = "proposalId";
  public static final String TRIGGER = "trigger";
  public static final String COOPERATING_UNITS = "cooperatingUnits";
  public static final String UNIT = "unit";
  public static final String INITIATOR = "initiator";
  public static final String TALK_DATE = "talkDate";
  public static final String RECTIFICATION_MONTHS = "rectificationMonths";
  public static final String MEASURES_DUE = "measuresDue";
  public static final String RESULTS_DUE = "resultsDue";
  public static final String MEASURES_DECISION = "measuresDecision";
  public static final String RESULTS_DECISION = "resultsDecision";
  public static final String FIRST_RESPONSIBILITY = "hasFirstResponsibilityMeasures";
  public static final String OUTCOME = "outcome";
  public static final String COPY_TO_EXTRA = "copyToExtra";
  public static final String COPY_RECIPIENTS = "copyRecipients";
  public static final String RECIPIENT = "recipient";
  /** The office's tick on the regular-talk start form: a deliberate extra talk (「另行安排的谈话」). */
  public static final String ADDITIONAL_TALK = "additionalTalk";

  private TalkVariables() {
  }

  public static String talkId(VariableScope scope) {
    return text(scope, TALK_ID);
  }

  public static String talkeeId(VariableScope scope) {
    return text(scope, TALKEE_ID);
  }

  public static String talkerId(VariableScope scope) {
    return text(scope, TALKER_ID);
  }

  public static String organizationId(VariableScope scope) {
    return text(scope, ORGANIZATION_ID);
  }

  public static String initiator(VariableScope scope) {
    return text(scope, INITIATOR);
  }

  public static String unit(VariableScope scope) {
    return text(scope, UNIT);
  }

  public static String recipient(VariableScope scope) {
    return text(scope, RECIPIENT);
  }

  public static String planItemId(VariableScope scope) {
    String id = text(scope, PLAN_ITEM_ID);
    return id == null || id.isBlank() ? null : id.trim();
  }

  public static String proposalId(VariableScope scope) {
    return text(scope, PROPOSAL_ID);
  }

  public static String measuresDecision(VariableScope scope) {
    return text(scope, MEASURES_DECISION);
  }

  public static String resultsDecision(VariableScope scope) {
    return text(scope, RESULTS_DECISION);
  }

  /** The months of the decision table rectification-deadlines.dmn (article 11). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> rectificationMonths(VariableScope scope) {
    return (Map<String, Object>) scope.getVariable(RECTIFICATION_MONTHS);
  }

  public static Date measuresDue(VariableScope scope) {
    return (Date) scope.getVariable(MEASURES_DUE);
  }

  public static Date resultsDue(VariableScope scope) {
    return (Date) scope.getVariable(RESULTS_DUE);
  }

  /** Whether the office started the regular talk as a deliberate extra talk; false when not ticked. */
  public static boolean additionalTalk(VariableScope scope) {
    return Boolean.TRUE.equals(JsonValues.plain(scope.getVariable(ADDITIONAL_TALK)))
        || "true".equals(text(scope, ADDITIONAL_TALK));
  }

  /** The value as entered, for a start listener to check. */
  public static Object raw(VariableScope scope, String name) {
    return scope.getVariable(name);
  }

  public static List<String> strings(VariableScope scope, String name) {
    return JsonValues.strings(scope.getVariable(name));
  }

  private static String text(VariableScope scope, String name) {
    return Values.textOrNull(scope.getVariable(name));
  }
}
