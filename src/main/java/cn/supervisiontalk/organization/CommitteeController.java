package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.security.ApiUser;
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

  public CommitteeController(Committee committee, CommitteeNaming naming,
      CommitteeTermRepository terms, CommitteeTerms register, @Lazy IdentityService identity) {
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

  @GetMapping
  public CommitteeView get() {
    return new CommitteeView(committee.id().orElse(null), committee.name(), committee.messageName(),
        committee.holdingCommitteeKind(), terms.current().map(CommitteeController::view).orElse(null));
  }

  /**
   * Names the committee (an installation without a seed file; a renaming). Body: id (the first
   * time; lower-case letters and digits, never changed after), name, shortName, kind
   * (LOCAL_COMMITTEE or PARTY_GROUP).
   */
  @PutMapping
  public CommitteeView name(@RequestBody Map<String, Object> body) {
    naming.name(text(body.get("id")), text(body.get("name")), text(body.get("shortName")),
        text(body.get("kind")), ApiUser.current(identity).id());
    return get();
  }

  @GetMapping("/terms")
  public List<TermView> terms() {
    return terms.findAll().stream().map(CommitteeController::view).toList();
  }

  /** Records a new term. Body: name (e.g. 第十四届), termStart, termEnd (yyyy-MM-dd), reason. */
  @PostMapping("/terms")
  @ResponseStatus(HttpStatus.CREATED)
  public TermView record(@RequestBody Map<String, Object> body) {
    return view(register.register(text(body.get("name")), Dates.tryParse(body.get("termStart")),
        Dates.tryParse(body.get("termEnd")), text(body.get("reason")),
        ApiUser.current(identity).id()));
  }

  private static TermView view(CommitteeTerm t) {
    return new TermView(t.id(), t.name(), t.termStart(), t.termEnd(), t.reason(), t.recordedBy());
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value).trim();
  }
}
