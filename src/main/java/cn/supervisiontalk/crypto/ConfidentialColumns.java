package cn.supervisiontalk.crypto;

import java.util.List;

/**
 * The columns of the application's tables that hold what people wrote about a talk, which
 * {@link ConfidentialText} encrypts when a key is set; with each table's primary key, for
 * {@link ExistingRowsEncryption}. What the ledger filters, sorts and joins on (ids, names,
 * organizations, dates, stages, decisions, outcomes) stays plaintext.
 */
final class ConfidentialColumns {

  /** One table: its primary key column and its confidential columns; binary: file bytes. */
  record Table(String name, String key, List<String> columns, boolean binary) {

    Table(String name, String key, String... columns) {
      this(name, key, List.of(columns), false);
    }
  }

  static final List<Table> ALL = List.of(
      new Table("talk", "id", "facts", "evidence", "preparation_materials", "preparation_issues",
          "self_inspection_report", "attendees", "self_inspection_heard", "problems", "explanation",
          "requirements", "commitment", "reflections", "first_responsibility_measures",
          "other_measures", "measures_return_reason", "results", "results_return_reason",
          "archive_remark"),
      new Table("talk_material", "id", "material", "waiver_reason"),
      new Table("talk_review", "id", "comment"),
      new Table("talk_escalation", "id", "action"),
      new Table("accountability_record", "id", "detail"),
      new Table("accountability_decision", "id", "content"),
      new Table("talk_proposal", "id", "reasons", "facts", "decline_reason"),
      new Table("talk_team_notice", "talk_id", "note"),
      new Table("talk_copy", "id", "content"),
      new Table("talk_archive", "talk_id", "attendees", "talk_record", "materials", "reflections",
          "measures", "results", "reviews", "remark"),
      new Table("annual_report", "id", "figures", "remark", "upper_remarks"),
      new Table("talk_attachment", "id", List.of("content"), true));

  private ConfidentialColumns() {
  }
}
