package cn.supervisiontalk.organization;

import cn.supervisiontalk.security.ApiUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import cn.supervisiontalk.deadline.Dates;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The next-level organizations with their current top leader and term, their term history, and
 * changes of leader or term: /api/organizations.
 */
@RestController
@RequestMapping("/api/organizations")
public class OrganizationController {

  private final Directory directory;
  private final LeaderTermRepository terms;
  private final TermChanges changes;
  private final IdentityService identity;

  public OrganizationController(Directory directory, LeaderTermRepository terms,
      TermChanges changes, @Lazy IdentityService identity) {
    this.identity = identity;
    this.directory = directory;
    this.terms = terms;
    this.changes = changes;
  }

  /** What REST callers read: the organization and its current top leader by name. */
  public record OrganizationView(String id, String name, String shortName, OrganizationKind kind,
      String topLeaderId, String topLeaderName, java.time.LocalDate termStart,
      java.time.LocalDate termEnd, boolean hasDispatchedGroup) {
  }

  /** A term as REST callers read it. */
  public record TermView(long id, String leaderId, String leaderName, String leaderTitle,
      java.time.LocalDate termStart, java.time.LocalDate termEnd, String reason,
      String recordedBy) {
  }

  @GetMapping
  public List<OrganizationView> list() {
    return directory.organizations().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  public OrganizationView get(@PathVariable String id) {
    return view(directory.organization(id));
  }

  @GetMapping("/{id}/terms")
  public List<TermView> terms(@PathVariable String id) {
    directory.organization(id);
    return terms.findByOrganization(id).stream().map(this::view).toList();
  }

  /**
   * Enters a change of top leader or a new term. Body: leaderId, leaderName (for a new person),
   * leaderTitle, termStart, termEnd (yyyy-MM-dd), reason.
   */
  @PostMapping("/{id}/terms")
  @ResponseStatus(HttpStatus.CREATED)
  public TermView change(@PathVariable String id, @RequestBody Map<String, Object> body) {
    directory.organization(id);
    TermChange change = new TermChange(id,
        TermChanges.text(body.get("leaderId")),
        TermChanges.text(body.get("leaderName")),
        TermChanges.text(body.get("leaderTitle")),
        Dates.tryParse(body.get("termStart")),
        Dates.tryParse(body.get("termEnd")),
        TermChanges.text(body.get("reason")));
    return view(changes.register(change, ApiUser.current(identity).id()));
  }

  private OrganizationView view(Organization o) {
    return new OrganizationView(o.id(), o.name(), o.shortName(), o.kind(), o.topLeaderId(),
        directory.userName(o.topLeaderId()), o.termStart(), o.termEnd(), o.hasDispatchedGroup());
  }

  private TermView view(LeaderTerm t) {
    return new TermView(t.id(), t.leaderId(), directory.userName(t.leaderId()), t.leaderTitle(),
        t.termStart(), t.termEnd(), t.reason(), t.recordedBy());
  }
}
