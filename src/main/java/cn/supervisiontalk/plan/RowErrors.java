package cn.supervisiontalk.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with one item of the draft, cell by cell: the field (as the plan table names its
 * columns: {@code organizationId}, {@code talkerId}, {@code plannedMonth}, {@code responsibleUnit},
 * {@code basis}, {@code note}, or {@code row} for the item as a whole) and its Chinese messages.
 */
public final class RowErrors {

  public static final String ORGANIZATION = "organizationId";
  public static final String TALKER = "talkerId";
  public static final String MONTH = "plannedMonth";
  public static final String UNIT = "responsibleUnit";
  public static final String BASIS = "basis";
  public static final String NOTE = "note";
  public static final String ROW = "row";

  private final int row;
  private final String where;
  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  RowErrors(int row, String where) {
    this.row = row;
    this.where = where;
  }

  void add(String field, String message) {
    byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }

  boolean isEmpty() {
    return byField.isEmpty();
  }

  /** The item's number in the draft, from 1. */
  public int row() {
    return row;
  }

  /** Where a person finds the item: 「第3行」 or 「第3项」. */
  public String where() {
    return where;
  }

  /** The messages of each field with a problem, joined with 「;」. */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    byField.forEach((field, messages) -> fields.put(field, String.join(";", messages)));
    return fields;
  }

  /** Every message, in the order found. */
  List<String> messages() {
    return byField.values().stream().flatMap(List::stream).toList();
  }
}
