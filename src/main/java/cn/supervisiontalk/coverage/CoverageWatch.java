package cn.supervisiontalk.coverage;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.CommitteeTerm;
import cn.supervisiontalk.organization.CommitteeTermStarted;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.OrganizationRepository;
import cn.supervisiontalk.organization.TermStarted;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.talk.TalkVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every leader in office its coverage process ({@code termCoverage}) for the committee's
 * current term: it waits until the configured months before the committee's term ends (or the
 * leader's first day, if later) and, if he has not been talked to by then, gives the office a task
 * to arrange the regular talk. Started when a leader's tenure or a new committee term is recorded,
 * and on start-up for leaders who have none yet in the current term (after {@code TermBootstrap});
 * {@code supervision-talk.coverage.watch-on-start-up: false} leaves the start-up out (the tests do,
 * and call {@link #watchCurrentTerms()} where they need it).
 */
@Component
@Order(2)
public class CoverageWatch implements ApplicationRunner {

  static final String PROCESS = "termCoverage";
  static final String TENURE_CHANGED = "tenureChanged";
  private static final Logger LOG = LoggerFactory.getLogger(CoverageWatch.class);

  private final RuntimeService runtime;
  private final EngineWork engineWork;
  private final OrganizationRepository organizations;
  private final LeaderTermRepository tenures;
  private final TermCoverage coverage;
  private final CoverageWatches watches;
  private final Deadlines deadlines;
  private final TransactionTemplate transaction;
  private final boolean onStartUp;

  public CoverageWatch(@Lazy RuntimeService runtime, EngineWork engineWork,
      OrganizationRepository organizations, LeaderTermRepository tenures, TermCoverage coverage,
      CoverageWatches watches, Deadlines deadlines, PlatformTransactionManager transactions,
      @Value("${supervision-talk.coverage.watch-on-start-up:true}") boolean onStartUp) {
    this.runtime = runtime;
    this.engineWork = engineWork;
    this.organizations = organizations;
    this.tenures = tenures;
    this.coverage = coverage;
    this.watches = watches;
    this.deadlines = deadlines;
    this.transaction = new TransactionTemplate(transactions);
    this.onStartUp = onStartUp;
  }

  /**
   * A newly recorded leader is watched in the committee's current term once the change is
   * committed. The application starts the process, not the person who entered the change (the
   * organization department, the office over REST), who need not be allowed to start coverage
   * processes. A leader who cannot get one now gets it on the next start.
   */
  @TransactionalEventListener(fallbackExecution = true)
  public void tenureStarted(TermStarted event) {
    LeaderTerm started = event.term();
    try {
      engineWork.run(() -> closeEarlierTenures(started));
    } catch (RuntimeException e) {
      LOG.warn("未能关闭党组织 {} 前任“一把手”的安排任务: {}", started.organizationId(), e.getMessage());
    }
    organizations.committeeOf(started.organizationId()).flatMap(coverage::currentTerm)
        .filter(term -> term.servedInByLeaderInOffice(started))
        .ifPresent(term -> watchQuietly(term, started));
  }

  /** An arrange task still open for the organization's earlier tenures closes (message tenureChanged). */
  private void closeEarlierTenures(LeaderTerm started) {
    for (LeaderTerm earlier : tenures.findByOrganization(started.organizationId())) {
      if (earlier.id() != started.id()) {
        runtime.createMessageCorrelation(TENURE_CHANGED)
            .processInstanceVariableEquals(CoverageVariables.TENURE_ID, earlier.id())
            .correlateAllWithResult();
      }
    }
  }

  /** A new term of the committee: every leader in office is watched in it. */
  @TransactionalEventListener(fallbackExecution = true)
  public void committeeTermStarted(CommitteeTermStarted event) {
    watchCurrentTerms();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (onStartUp) {
      watchCurrentTerms();
    } else {
      LOG.info("全覆盖提醒流程不在启动时补建(supervision-talk.coverage.watch-on-start-up=false)");
    }
  }

  /**
   * Leaders in office without a coverage process in the committee's current term get one; those
   * already covered need none. Safe to repeat: a leader who has (or had) one in this term is left
   * alone. One that cannot be started now is logged and tried again on the next start.
   *
   * @return how many coverage processes were started
   */
  public int watchCurrentTerms() {
    int started = 0;
    Map<String, Optional<CommitteeTerm>> terms = new HashMap<>();
    for (var organization : organizations.findAll()) {
      if (organization.committeeId() == null) {
        continue;
      }
      CommitteeTerm term = terms.computeIfAbsent(organization.committeeId(), committee -> {
        Optional<CommitteeTerm> current = coverage.currentTerm(committee);
        if (current.isEmpty()) {
          LOG.warn("党委(党组) {} 尚未登记本届任期,无法启动一届任期全覆盖提醒流程", committee);
        }
        return current;
      }).orElse(null);
      if (term == null) {
        continue;
      }
      LeaderTerm tenure = tenures.current(organization.id()).orElse(null);
      if (tenure != null && term.servedInByLeaderInOffice(tenure)
          && !coverage.coveredOrEnded(term.id(), tenure.id()) && watchQuietly(term, tenure)) {
        started++;
      }
    }
    if (started > 0) {
      LOG.info("已为 {} 位“一把手”启动本届任期全覆盖提醒流程", started);
    }
    return started;
  }

  /**
   * Starts the leader's coverage process in the committee's term unless it has had one, running,
   * ended or cancelled (a cancelled watch is not brought back). The record and the start commit
   * together.
   *
   * @return whether a process was started
   */
  public boolean watch(CommitteeTerm term, LeaderTerm tenure) {
    if (watches.exists(term.id(), tenure.id())) {
      return false;
    }
    return Boolean.TRUE.equals(transaction.execute(status -> {
      ProcessInstance started = engineWork.run(() -> runtime.startProcessInstanceByKey(PROCESS,
          businessKey(term, tenure), Variables.createVariables()
              .putValue(CoverageVariables.COMMITTEE_TERM_ID, term.id())
              .putValue(CoverageVariables.TENURE_ID, tenure.id())
              .putValue(TalkVariables.ORGANIZATION_ID, tenure.organizationId())
              .putValue(CoverageVariables.LEADER_ID, tenure.leaderId())));
      watches.insert(term.id(), tenure.id(), started.getId(), deadlines.now());
      return true;
    }));
  }

  private boolean watchQuietly(CommitteeTerm term, LeaderTerm tenure) {
    try {
      return watch(term, tenure);
    } catch (DuplicateKeyException e) {
      return false;
    } catch (RuntimeException e) {
      LOG.warn("未能为{}“一把手”任职 {} 启动全覆盖提醒流程,将在下次启动时补建: {}",
          term.label(), tenure.id(), e.getMessage());
      return false;
    }
  }

  static String businessKey(CommitteeTerm term, LeaderTerm tenure) {
    return "coverage-" + term.id() + "-" + tenure.id();
  }
}
