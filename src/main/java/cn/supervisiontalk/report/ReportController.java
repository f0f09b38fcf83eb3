package cn.supervisiontalk.report;

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

/** The annual report: /api/reports/{year} (figures as JSON) and /api/reports/{year}.docx. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  static final MediaType DOCX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final AnnualReports reports;

  public ReportController(AnnualReports reports) {
    this.reports = reports;
  }

  @GetMapping("/{year}")
  public AnnualReports.ReportView report(@PathVariable int year) {
    return reports.view(checked(year));
  }

  @GetMapping("/{year}.docx")
  public ResponseEntity<byte[]> docx(@PathVariable int year) {
    byte[] body = reports.docx(checked(year));
    String name = URLEncoder.encode(year + "年度监督谈话工作情况报告.docx", StandardCharsets.UTF_8)
        .replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + year
            + ".docx\"; filename*=UTF-8''" + name)
        .body(body);
  }

  private static int checked(int year) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "报告年度无效: " + year);
    }
    return year;
  }
}
