package cn.supervisiontalk.report;

import cn.supervisiontalk.security.CallerCommittee;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.document.PdfConverter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual report: /api/reports/{year} (figures as JSON), /api/reports/{year}.docx and .pdf (the
 * Word document converted by LibreOffice; 503 in Chinese where that is not configured).
 */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  static final MediaType DOCX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final AnnualReports reports;
  private final PdfConverter pdf;
  private final CallerCommittee caller;

  public ReportController(AnnualReports reports, PdfConverter pdf, CallerCommittee caller) {
    this.reports = reports;
    this.pdf = pdf;
    this.caller = caller;
  }

  /** The report of the caller's committee (its office). */
  @GetMapping("/{year}")
  public AnnualReports.ReportView report(@PathVariable int year) {
    return reports.view(caller.of(Roles.OFFICE), checked(year));
  }

  @GetMapping("/{year}.docx")
  public ResponseEntity<byte[]> docx(@PathVariable int year) {
    return download(reports.docx(caller.of(Roles.OFFICE), checked(year)), year, "docx",
        DOCX);
  }

  @GetMapping("/{year}.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable int year) {
    return download(pdf.toPdf(reports.docx(caller.of(Roles.OFFICE), checked(year))), year,
        "pdf", MediaType.APPLICATION_PDF);
  }

  static ResponseEntity<byte[]> download(byte[] body, int year, String extension,
      MediaType type) {
    String name = URLEncoder.encode(year + "年度监督谈话工作情况报告." + extension,
        StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + year + "."
            + extension + "\"; filename*=UTF-8''" + name)
        .body(body);
  }

  static int checked(int year) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "报告年度无效: " + year);
    }
    return year;
  }
}
