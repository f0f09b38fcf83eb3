package cn.supervisiontalk.organization;

import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.security.Roles;
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

  /**
   * The organization, when the caller has a role in the committee holding talks with it (its
   * office, to change it); another committee's is not found.
   */
  private Organization seen(String id, boolean change) {
    Organization organization = directory.organization(id);
    ApiUser user = ApiUser.current(identity);
    boolean allowed = change
        ? administrator(user) || !user.byCommittee()
            || user.committeesWhere(Roles.OFFICE).contains(organization.committeeId())
        : sees(user, organization);
    if (!allowed) {
      throw Problems.single("未找到下级党组织“" + id + "”。");
    }
    return organization;
  }

  private static boolean sees(ApiUser user, Organization organization) {
    return administrator(user) || !user.byCommittee()
        || user.roles().containsKey(organization.committeeId());
  }

  private static boolean administrator(ApiUser user) {
    return user.inGroup(Roles.ADMIN) || user.inGroup(Roles.SYSTEM_ADMINISTRATOR);
  }

  /** What REST callers read: the organization and its current top leader by name. */
  public record OrganizationView(String id, String name, String shortName, OrganizationKind kind,
      String topLeaderId, String topLeaderName, java.time.LocalDate termStart,
      java.time.LocalDate termEnd, boolean hasDispatchedGroup, String committeeId) {
  }

  /** A term as REST callers read it. */
  public record TermView(long id, String leaderId, String leaderName, String leaderTitle,
      java.time.LocalDate termStart, java.time.LocalDate termEnd, String reason,
      String recordedBy) {
  }

  /** The organizations of the committees the caller has a role in (every one for administrators). */
  @GetMapping
  public List<OrganizationView> list() {
    ApiUser user = ApiUser.current(identity);
    return directory.organizations().stream().filter(o -> sees(user, o)).map(this::view).toList();
  }

  @GetMapping("/{id}")
  public OrganizationView get(@PathVariable String id) {
    return view(seen(id, false));
  }

  @GetMapping("/{id}/terms")
  public List<TermView> terms(@PathVariable String id) {
    seen(id, false);
    return terms.findByOrganization(id).stream().map(this::view).toList();
  }

  /**
   * Enters a change of top leader or a new term. Body: leaderId, leaderName (for a new person),
   * leaderTitle, termStart, termEnd (yyyy-MM-dd), reason.
   */
  @PostMapping("/{id}/terms")
  @ResponseStatus(HttpStatus.CREATED)
  public TermView change(@PathVariable String id, @RequestBody Map<String, Object> body) {
    seen(id, true);
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
        directory.userName(o.topLeaderId()), o.termStart(), o.termEnd(), o.hasDispatchedGroup(),
        o.committeeId());
  }

  private TermView view(LeaderTerm t) {
    return new TermView(t.id(), t.leaderId(), directory.userName(t.leaderId()), t.leaderTitle(),
        t.termStart(), t.termEnd(), t.reason(), t.recordedBy());
  }
}
