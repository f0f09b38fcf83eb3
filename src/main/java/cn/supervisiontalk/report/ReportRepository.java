package cn.supervisiontalk.report;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compiled annual reports: the figures as JSON, the office's remark and review. */
@Repository
public class ReportRepository {

  /** A stored report of one committee, and how the committee above received it. */
  public record StoredReport(String committeeId, int year, String figures, String remark,
      OffsetDateTime compiledAt, String reviewedBy, OffsetDateTime reviewedAt,
      OffsetDateTime submittedAt, String upperDecision, String upperRemarks,
      String upperReviewedBy, OffsetDateTime upperReviewedAt) {
  }

  private final JdbcClient jdbc;
  /** The figures (names, findings, decisions) and the remarks are encrypted when a key is set. */
  private final ConfidentialText text;

  public ReportRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  /** Keeps freshly compiled figures; an earlier compilation of the year is replaced. */
  public void save(String committeeId, int year, String figures, OffsetDateTime compiledAt) {
    jdbc.sql("delete from annual_report where committee_id = ? and report_year = ?")
        .params(committeeId, year).update();
    jdbc.sql("""
        insert into annual_report (committee_id, report_year, figures, compiled_at)
        values (?, ?, ?, ?)""").params(committeeId, year, text.seal(figures), compiledAt).update();
  }

  public void review(String committeeId, int year, String remark, String reviewedBy,
      OffsetDateTime reviewedAt) {
    jdbc.sql("""
        update annual_report set remark = ?, reviewed_by = ?, reviewed_at = ?
        where committee_id = ? and report_year = ?""")
        .params(text.seal(remark), reviewedBy, reviewedAt, committeeId, year).update();
  }

  /** The report goes up (again): the committee above has not answered this submission yet. */
  public void submitted(String committeeId, int year, OffsetDateTime at) {
    jdbc.sql("""
        update annual_report set submitted_at = ?, upper_decision = null, upper_remarks = null,
          upper_reviewed_by = null, upper_reviewed_at = null
        where committee_id = ? and report_year = ?""").params(at, committeeId, year).update();
  }

  /** The committee above accepted the report or returned it with remarks. */
  public void answered(String committeeId, int year, String decision, String remarks,
      String by, OffsetDateTime at) {
    jdbc.sql("""
        update annual_report set upper_decision = ?, upper_remarks = ?, upper_reviewed_by = ?,
          upper_reviewed_at = ?
        where committee_id = ? and report_year = ?""")
        .params(decision, text.seal(remarks), by, at, committeeId, year).update();
  }

  public Optional<StoredReport> find(String committeeId, int year) {
    return jdbc.sql("select * from annual_report where committee_id = ? and report_year = ?")
        .params(committeeId, year)
        .query((rs, row) -> new StoredReport(rs.getString("committee_id"),
            rs.getInt("report_year"), text.open(rs.getString("figures")),
            text.open(rs.getString("remark")), rs.getObject("compiled_at", OffsetDateTime.class),
            rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
            rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("upper_decision"),
            text.open(rs.getString("upper_remarks")), rs.getString("upper_reviewed_by"),
            rs.getObject("upper_reviewed_at", OffsetDateTime.class)))
        .optional();
  }
}
