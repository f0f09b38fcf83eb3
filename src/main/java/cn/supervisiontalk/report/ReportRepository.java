package cn.supervisiontalk.report;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compiled annual reports: the figures as JSON, the office's remark and review. */
@Repository
public class ReportRepository {

  /** A stored report. */
  public record StoredReport(int year, String figures, String remark, OffsetDateTime compiledAt,
      String reviewedBy, OffsetDateTime reviewedAt) {
  }

  private final JdbcClient jdbc;
  /** The figures (names, findings, decisions) and the remark are encrypted when a key is set. */
  private final ConfidentialText text;

  public ReportRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  /** Keeps freshly compiled figures; an earlier compilation of the year is replaced. */
  public void save(int year, String figures, OffsetDateTime compiledAt) {
    jdbc.sql("delete from annual_report where report_year = ?").param(year).update();
    jdbc.sql("insert into annual_report (report_year, figures, compiled_at) values (?, ?, ?)")
        .params(year, text.seal(figures), compiledAt).update();
  }

  public void review(int year, String remark, String reviewedBy, OffsetDateTime reviewedAt) {
    jdbc.sql("update annual_report set remark = ?, reviewed_by = ?, reviewed_at = ? where report_year = ?")
        .params(text.seal(remark), reviewedBy, reviewedAt, year).update();
  }

  public Optional<StoredReport> find(int year) {
    return jdbc.sql("select * from annual_report where report_year = ?").param(year)
        .query((rs, row) -> new StoredReport(rs.getInt("report_year"),
            text.open(rs.getString("figures")), text.open(rs.getString("remark")),
            rs.getObject("compiled_at", OffsetDateTime.class),
            rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class)))
        .optional();
  }
}
