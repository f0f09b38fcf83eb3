package cn.supervisiontalk.plan;

import cn.supervisiontalk.security.CallerCommittee;
import cn.supervisiontalk.security.Roles;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Annual plans: /api/plans/{year} (the approved plan with each item's standing) and its proposal. */
@RestController
@RequestMapping("/api/plans")
public class PlanController {

  private final PlanStatus status;
  private final PlanProposal proposal;
  private final CallerCommittee caller;

  public PlanController(PlanStatus status, PlanProposal proposal, CallerCommittee caller) {
    this.status = status;
    this.proposal = proposal;
    this.caller = caller;
  }

  /** The approved plan of the caller's committee (its office). */
  @GetMapping("/{year}")
  public PlanStatus.PlanView plan(@PathVariable int year) {
    return status.of(caller.of(Roles.OFFICE), year).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, year + "年度计划尚未批准"));
  }

  /** The items a new draft for the year would start from. */
  @GetMapping("/{year}/proposal")
  public List<Map<String, Object>> proposal(@PathVariable int year) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "计划年度无效");
    }
    return proposal.items(caller.of(Roles.OFFICE), year);
  }
}
