package cn.supervisiontalk.coverage;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Term coverage: /api/coverage (current terms) and /api/coverage/{organizationId} (all its terms). */
@RestController
@RequestMapping("/api/coverage")
public class CoverageController {

  private final TermCoverage coverage;

  public CoverageController(TermCoverage coverage) {
    this.coverage = coverage;
  }

  @GetMapping
  public List<CoverageRow> current() {
    return coverage.current();
  }

  @GetMapping("/{organizationId}")
  public List<CoverageRow> history(@PathVariable String organizationId) {
    return coverage.history(organizationId);
  }
}
