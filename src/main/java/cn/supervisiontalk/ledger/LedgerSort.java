package cn.supervisiontalk.ledger;

/**
 * The orders the ledger can be sorted by, each an SQL expression over the talk table ({@code t})
 * that the database sorts and pages by; the talk's id breaks ties, so pages never overlap.
 */
public enum LedgerSort {

  PLANNED_DATE("plannedDate", "计划谈话日期", "t.planned_talk_date", false, true),
  TALK_DATE("talkDate", "谈话日期", "t.talk_date", true, true),
  ORGANIZATION("organization", "党组织", "t.organization_name", false, false),
  TALKEE("talkee", "被谈话人", "t.talkee_name", false, false),
  DEADLINE("deadline", "下一期限", LedgerSql.DEADLINE_ORDER, true, false);

  private final String code;
  private final String label;
  private final String expression;
  private final boolean nullable;
  private final boolean descendingByDefault;

  LedgerSort(String code, String label, String expression, boolean nullable,
      boolean descendingByDefault) {
    this.code = code;
    this.label = label;
    this.expression = expression;
    this.nullable = nullable;
    this.descendingByDefault = descendingByDefault;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /**
   * The order by clause: rows without a value (no talk date, no deadline) come last either way. A
   * column that is never empty is left without a nulls clause, so its index (V11) serves both
   * directions. For {@code few} rows (as counted) a column is sorted as an expression: the database
   * then finds the few by the filter's own indexes and sorts them, instead of walking the order's
   * index through every talk in search of a page of rare ones.
   */
  String orderBy(boolean descending, boolean few) {
    String direction = descending ? " desc" : " asc";
    String key = few && this != DEADLINE
        ? "coalesce(" + expression + ", " + expression + ")" : expression;
    return key + direction + (nullable ? " nulls last" : "") + ", t.id" + direction;
  }

  /** Dates newest first; names and deadlines in their natural order. */
  boolean descendingByDefault() {
    return descendingByDefault;
  }

  /** The order of this code, or null. */
  static LedgerSort of(String code) {
    for (LedgerSort sort : values()) {
      if (sort.code.equals(code)) {
        return sort;
      }
    }
    return null;
  }
}
