package cn.supervisiontalk.ledger;

/**
 * The ledger's notion of a talk's deadline, written once in SQL over the talk table ({@code t}) so
 * the database filters, sorts and pages by it and the rows show exactly what was filtered on:
 *
 * <ul>
 *   <li>in preparation, the talk is due on its planned date (the talk record by 24:00 that day,
 *       article 10; the preparation due the day before is one of its steps);
 *   <li>in rectification, the measures are due (article 11) while none are handed in or the last
 *       ones were returned; after that the results, while none are handed in, or they were returned
 *       or a second round was ordered; results under the office's review have no deadline of the
 *       talkee's;
 *   <li>archiving, archived and cancelled talks have none.
 * </ul>
 *
 * A talk is overdue when that deadline has passed: {@code :today} is today's date and {@code :now}
 * the current time, both in the committee's time zone.
 */
final class LedgerSql {

  private LedgerSql() {
  }

  static final String MEASURES_OPEN =
      "(t.measures_submitted_at is null or t.measures_return_reason is not null)";

  static final String RESULTS_OPEN =
      "(t.results_submitted_at is null or t.results_return_reason is not null)";

  /** The rectification deadline the talkee is working to, or null. */
  static final String RECTIFICATION_DUE = "case when t.stage = 'RECTIFICATION' and " + MEASURES_OPEN
      + " then t.measures_due when t.stage = 'RECTIFICATION' and " + RESULTS_OPEN
      + " then t.results_due end";

  /** Whether the open step of the talk is past its deadline. */
  static final String OVERDUE = "((t.stage = 'PREPARATION' and t.planned_talk_date < :today)"
      + " or (t.stage = 'RECTIFICATION' and " + MEASURES_OPEN + " and t.measures_due < :now)"
      + " or (t.stage = 'RECTIFICATION' and not " + MEASURES_OPEN + " and " + RESULTS_OPEN
      + " and t.results_due < :now))";

  /**
   * The deadline as a sort key: the planned date (its start, in the database session's zone; the
   * day is what orders it) in preparation, the rectification deadline after the talk.
   */
  static final String DEADLINE_ORDER = "case when t.stage = 'PREPARATION'"
      + " then cast(t.planned_talk_date as timestamp with time zone) else " + RECTIFICATION_DUE
      + " end";

  /** The columns of a ledger row, read from the talk table only. */
  static final String ROW_COLUMNS = """
      t.id, t.talk_type, t.organization_id, t.organization_name, t.talkee_id, t.talkee_name,
      t.talker_id, t.talker_name, t.planned_talk_date, t.talk_date, t.stage, t.trigger_code,
      t.started_by, t.started_at, t.ended_at, t.committee_id,
      """ + RECTIFICATION_DUE + " as rectification_due, case when " + OVERDUE
      + " then 1 else 0 end as overdue";
}
