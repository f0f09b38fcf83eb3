package cn.supervisiontalk.coverage;

import cn.supervisiontalk.organization.OrganizationRepository;
import cn.supervisiontalk.security.CallerCommittee;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.validation.Problems;
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
  private final CallerCommittee caller;
  private final OrganizationRepository organizations;

  public CoverageController(TermCoverage coverage, CallerCommittee caller,
      OrganizationRepository organizations) {
    this.coverage = coverage;
    this.caller = caller;
    this.organizations = organizations;
  }

  /** Coverage in the current term of the caller's committee (its office). */
  @GetMapping
  public List<CoverageRow> current() {
    return coverage.current(caller.of(Roles.OFFICE));
  }

  /** One organization of the caller's committee, every term; another committee's is not found. */
  @GetMapping("/{organizationId}")
  public List<CoverageRow> history(@PathVariable String organizationId) {
    String committee = caller.of(Roles.OFFICE);
    if (!organizations.committeeOf(organizationId).map(committee::equals).orElse(false)) {
      // as for an organization there is none of: the same answer, whichever committee has it
      throw Problems.single("未找到下级党组织“" + organizationId + "”。");
    }
    return coverage.history(organizationId);
  }
}
