package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.util.regex.Pattern;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a change of top leader or a new term: checks it, ends the current term on the day before
 * the new one begins, adds the new term and makes it the organization's current one. Nothing is
 * overwritten, so talks already held stay with their person and term. A new person becomes a user in
 * the talkee group. Used by REST and, as {@code termChanges}, by the term change process.
 */
@Component("termChanges")
public class TermChanges {

  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._-]{2,64}");

  private final Directory directory;
  private final LeaderTermRepository terms;
  private final IdentityService identity;
  private final Deadlines deadlines;
  private final ApplicationEventPublisher events;
  private final EngineWork engineWork;
  private final CommitteeGroups committeeGroups;

  public TermChanges(Directory directory, LeaderTermRepository terms, @Lazy IdentityService identity,
      Deadlines deadlines, ApplicationEventPublisher events, EngineWork engineWork,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.engineWork = engineWork;
    this.directory = directory;
    this.terms = terms;
    this.identity = identity;
    this.deadlines = deadlines;
    this.events = events;
  }

  /** Refuses the change with every problem found; returns the organization it concerns. */
  public Organization check(TermChange change) {
    Problems problems = new Problems();
    Organization organization = directory.findOrganization(change.organization()).orElse(null);
    if (organization == null) {
      problems.add("未找到下级党组织“" + text(change.organization()) + "”");
    }
    String leaderId = text(change.leaderId());
    User existing = USER_ID.matcher(leaderId).matches()
        ? identity.createUserQuery().userId(leaderId).singleResult() : null;
    if (!USER_ID.matcher(leaderId).matches()) {
      problems.add("“一把手”的用户名应为2至64位字母、数字或“._-”");
    } else if (existing == null && text(change.leaderName()).isBlank()) {
      problems.add("用户“" + leaderId + "”尚不存在,请填写新任“一把手”的姓名");
    } else if (existing != null && !text(change.leaderName()).isBlank()
        && !PersonName.of(existing).equals(text(change.leaderName()))) {
      problems.add("用户“" + leaderId + "”的姓名是" + PersonName.of(existing) + ",与填写的姓名不符");
    }
    LocalDate start = change.termStart();
    LocalDate end = change.termEnd();
    if (start == null) {
      problems.add("请填写有效的任期开始日期");
    } else if (start.isAfter(deadlines.today())) {
      problems.add("任期开始日期不能晚于今天:请在变更发生后登记");
    }
    if (end == null) {
      problems.add("请填写有效的任期届满日期");
    } else if (start != null && !end.isAfter(start)) {
      problems.add("任期届满日期应晚于任期开始日期");
    }
    if (organization != null && start != null) {
      terms.current(organization.id()).ifPresent(current -> {
        if (!start.isAfter(current.termStart())) {
          problems.add("新任期的开始日期应晚于现任期的开始日期("
              + current.termStart() + ")");
        }
      });
    }
    problems.throwIfAny();
    return organization;
  }

  /** Checks and enters the change; returns the new term. */
  @Transactional
  public LeaderTerm register(TermChange change, String recordedBy) {
    Organization organization = check(change);
    String leaderId = text(change.leaderId());
    // registering the new leader as a user is the application's work, not the office member's
    String talkees = committeeGroups.group(organization.committeeId(), Roles.TALKEE);
    engineWork.run(() -> ensureTalkee(leaderId, text(change.leaderName()), talkees));
    terms.current(organization.id()).ifPresent(current -> {
      LocalDate lastDay = change.termStart().minusDays(1);
      if (current.termEnd().isAfter(lastDay)) {
        terms.endOn(current.id(), lastDay);
      }
    });
    String title = text(change.leaderTitle()).isBlank() ? null : text(change.leaderTitle());
    long id = terms.insert(organization.id(), leaderId, title, change.termStart(), change.termEnd(),
        text(change.reason()), recordedBy, deadlines.now());
    terms.makeCurrent(organization.id(), leaderId, change.termStart(), change.termEnd());
    LeaderTerm term = terms.findById(id).orElseThrow();
    events.publishEvent(new TermStarted(term));
    return term;
  }

  /** The change entered on the start form of the term change process. */
  public TermChange fromProcess(DelegateExecution execution) {
    return new TermChange(
        text(TermChangeVariables.organizationId(execution)),
        text(TermChangeVariables.leaderId(execution)),
        text(TermChangeVariables.leaderName(execution)),
        text(TermChangeVariables.leaderTitle(execution)),
        TermChangeVariables.termStart(execution),
        TermChangeVariables.termEnd(execution),
        text(TermChangeVariables.reason(execution)));
  }

  /** Service task of the term change process: enters the confirmed change. */
  public void register(DelegateExecution execution) {
    LeaderTerm term = register(fromProcess(execution), TermChangeVariables.initiator(execution));
    execution.setVariable(TermChangeVariables.TERM_ID, term.id());
  }

  /**
   * A new top leader becomes a user in the talkee group of the committee holding talks with the
   * organization. The name is split into surname and given name ({@link PersonName}); the title
   * stays with the term (leader_term.leader_title).
   */
  private void ensureTalkee(String id, String name, String talkees) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      PersonName.split(name).writeTo(user);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(talkees).count() == 0) {
      identity.createMembership(id, talkees);
    }
  }

  static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }
}
