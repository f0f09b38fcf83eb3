package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.CallerCommittee;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holding committee and its terms: /api/committee (id, names, kind, current term; PUT names it),
 * /api/committee/terms (all terms; the office records a new one after 换届).
 */
@RestController
@RequestMapping("/api/committee")
public class CommitteeController {

  private final Committee committee;
  private final CommitteeNaming naming;
  private final CommitteeTermRepository terms;
  private final CommitteeTerms register;
  private final IdentityService identity;
  private final CallerCommittee caller;

  public CommitteeController(Committee committee, CommitteeNaming naming,
      CommitteeTermRepository terms, CommitteeTerms register, @Lazy IdentityService identity,
      CallerCommittee caller) {
    this.caller = caller;
    this.committee = committee;
    this.naming = naming;
    this.terms = terms;
    this.register = register;
    this.identity = identity;
  }

  /** The committee as REST callers read it; {@code currentTerm} is null until one is recorded. */
  public record CommitteeView(String id, String name, String messageName, String kind,
      TermView currentTerm) {
  }

  /** A term of the committee. */
  public record TermView(long id, String name, LocalDate termStart, LocalDate termEnd,
      String reason, String recordedBy) {
  }

  /**
   * The caller's committee (named by the parameter {@code committee} when they work for several);
   * on an installation not yet named, none.
   */
  @GetMapping
  public CommitteeView get() {
    if (committee.id().isEmpty()) {
      return new CommitteeView(null, committee.name(), committee.messageName(),
          committee.holdingCommitteeKind(), null);
    }
    return view(caller.of((String) null));
  }

  private CommitteeView view(String id) {
    return new CommitteeView(id, committee.name(id), committee.messageName(id),
        committee.holdingCommitteeKind(id), terms.current(id).map(CommitteeController::view)
        .orElse(null));
  }

  /**
   * Names the committee: the caller's (its office or the system administrator), or the first one
   * of an installation without a seed file. Body: id (the first time; lower-case letters and
   * digits, never changed after), name, shortName, kind (LOCAL_COMMITTEE or PARTY_GROUP).
   */
  @PutMapping
  public CommitteeView name(@RequestBody Map<String, Object> body) {
    if (committee.id().isEmpty()) {
      String id = text(body.get("id"));
      naming.name(id, text(body.get("name")), text(body.get("shortName")),
          text(body.get("kind")), ApiUser.current(identity).id());
      return view(id);
    }
    String id = caller.of(Roles.OFFICE);
    naming.rename(id, text(body.get("id")), text(body.get("name")), text(body.get("shortName")),
        text(body.get("kind")), ApiUser.current(identity).id());
    return view(id);
  }

  @GetMapping("/terms")
  public List<TermView> terms() {
    return terms.findAll(caller.of((String) null)).stream().map(CommitteeController::view).toList();
  }

  /** Records a new term. Body: name (e.g. 第十四届), termStart, termEnd (yyyy-MM-dd), reason. */
  @PostMapping("/terms")
  @ResponseStatus(HttpStatus.CREATED)
  public TermView record(@RequestBody Map<String, Object> body) {
    return view(register.register(caller.of(Roles.OFFICE), text(body.get("name")),
        Dates.tryParse(body.get("termStart")), Dates.tryParse(body.get("termEnd")),
        text(body.get("reason")), ApiUser.current(identity).id()));
  }

  private static TermView view(CommitteeTerm t) {
    return new TermView(t.id(), t.name(), t.termStart(), t.termEnd(), t.reason(), t.recordedBy());
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value).trim();
  }
}
