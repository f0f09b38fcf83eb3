package cn.supervisiontalk.report;

import cn.supervisiontalk.security.CallerCommittee;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Oversight from above (articles 13-15): the office, the organization department and the
 * discipline body of a committee follow how each committee directly below it does this work, year
 * by year: its plan and how much of it is done, coverage of its term, talks held by type, measures
 * and results on time, late or outstanding, findings and accountability decisions, and how its
 * annual report was submitted. Figures, names and dates only, never the content of a talk
 * (article 16), nor what was written about a finding or in a decision.
 * <ul>
 *   <li>{@code GET /api/oversight?year=2026}: every committee below the caller's;</li>
 *   <li>{@code GET /api/oversight/{committeeId}?year=2026}: one of them;</li>
 *   <li>{@code GET /api/oversight/{committeeId}/reports/{year}.docx}: its annual report as
 *       submitted (article 13), once submitted.</li>
 * </ul>
 * A caller who works for several committees names theirs with {@code committee}.
 */
@RestController
@RequestMapping("/api/oversight")
public class OversightController {

  static final List<String> OVERSEERS = List.of(Roles.OFFICE, "organization", "discipline");

  private final CommitteeGroups committees;
  private final CallerCommittee caller;
  private final AnnualReports reports;

  public OversightController(CommitteeGroups committees, CallerCommittee caller,
      AnnualReports reports) {
    this.committees = committees;
    this.caller = caller;
    this.reports = reports;
  }

  /** One committee below, as the committee above sees it in a year. */
  public record LowerCommittee(String id, String name, int year, boolean reportCompiled,
      OffsetDateTime reportSubmittedAt, String upperDecision, AnnualFigures figures) {
  }

  @GetMapping
  public List<LowerCommittee> all(@RequestParam(required = false) Integer year) {
    String upper = caller.of(OVERSEERS);
    int shown = year(year);
    return committees.below(upper).stream().map(lower -> view(lower, shown)).toList();
  }

  @GetMapping("/{committeeId}")
  public LowerCommittee one(@PathVariable String committeeId,
      @RequestParam(required = false) Integer year) {
    return view(below(committeeId), year(year));
  }

  @GetMapping("/{committeeId}/reports/{year}.docx")
  public ResponseEntity<byte[]> submitted(@PathVariable String committeeId,
      @PathVariable int year) {
    String lower = below(committeeId);
    if (reports.stored(lower, ReportController.checked(year))
        .filter(r -> r.submittedAt() != null).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          committees.committeeName(lower) + year + "年度的报告尚未报送。");
    }
    return ReportController.download(reports.docx(lower, year), year, "docx",
        ReportController.DOCX);
  }

  /** A committee directly below the caller's; any other is not found. */
  private String below(String committeeId) {
    String upper = caller.of(OVERSEERS);
    if (!committees.below(upper).contains(committeeId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "未找到本党委(党组)的下级党委(党组)“" + committeeId + "”。");
    }
    return committeeId;
  }

  private LowerCommittee view(String lower, int year) {
    AnnualReports.ReportView report = reports.view(lower, year);
    return new LowerCommittee(lower, committees.committeeName(lower), year, report.compiled(),
        report.submittedAt(), report.upperDecision(), report.figures().withoutWriting());
  }

  private int year(Integer year) {
    return year == null ? reports.thisYear() : ReportController.checked(year);
  }
}
