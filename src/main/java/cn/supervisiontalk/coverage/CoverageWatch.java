package cn.supervisiontalk.coverage;

import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.OrganizationRepository;
import cn.supervisiontalk.organization.TermStarted;
import cn.supervisiontalk.security.EngineWork;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every leader's term its coverage process ({@code termCoverage}): it waits until the
 * configured months before the term ends and, if the leader has not been talked to by then, gives
 * the general office a task to arrange the regular talk. Started when a term is entered, and on
 * start-up for current terms that have none yet (after {@code TermBootstrap} has recorded them);
 * {@code supervision-talk.coverage.watch-on-start-up: false} leaves the start-up out (the tests do,
 * and call {@link #watchCurrentTerms()} where they need it).
 */
@Component
@Order(2)
public class CoverageWatch implements ApplicationRunner {

  static final String PROCESS = "termCoverage";
  private static final Logger LOG = LoggerFactory.getLogger(CoverageWatch.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final EngineWork engineWork;
  private final OrganizationRepository organizations;
  private final LeaderTermRepository terms;
  private final TermCoverage coverage;
  private final boolean onStartUp;

  public CoverageWatch(@Lazy RuntimeService runtime, @Lazy HistoryService history,
      EngineWork engineWork, OrganizationRepository organizations, LeaderTermRepository terms, TermCoverage coverage,
      @Value("${supervision-talk.coverage.watch-on-start-up:true}") boolean onStartUp) {
    this.runtime = runtime;
    this.history = history;
    this.engineWork = engineWork;
    this.organizations = organizations;
    this.terms = terms;
    this.coverage = coverage;
    this.onStartUp = onStartUp;
  }

  /**
   * A newly entered term gets its coverage process once the change is committed. The application
   * starts it, not the person who entered the term (the organization department confirming a change,
   * the office over REST), who need not be allowed to start coverage processes themselves. A term
   * that cannot get one now gets it on the next start.
   */
  @TransactionalEventListener(fallbackExecution = true)
  public void termStarted(TermStarted event) {
    try {
      engineWork.run(() -> watch(event.term()));
    } catch (RuntimeException e) {
      LOG.warn("未能为任期 {} 启动全覆盖提醒流程,将在下次启动时补建: {}", event.term().id(), e.getMessage());
    }
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
   * Current terms without a coverage process get one; terms already covered or over need none. Safe
   * to repeat: a term that has (or had) its process is left alone. A term that cannot get one now is
   * logged and tried again on the next start; it does not stop the application.
   *
   * @return how many coverage processes were started
   */
  public int watchCurrentTerms() {
    int started = 0;
    for (var organization : organizations.findAll()) {
      LeaderTerm term = terms.current(organization.id()).orElse(null);
      if (term == null) {
        continue;
      }
      try {
        if (!coverage.coveredOrEnded(term.id()) && watch(term)) {
          started++;
        }
      } catch (RuntimeException e) {
        LOG.warn("未能为任期 {} 启动全覆盖提醒流程: {}", term.id(), e.getMessage());
      }
    }
    if (started > 0) {
      LOG.info("已为 {} 个任期启动全覆盖提醒流程", started);
    }
    return started;
  }

  /**
   * Starts the term's coverage process unless it has one already, running or in the history (also
   * one that was ended or cancelled: a cancelled watch is not brought back).
   *
   * @return whether a process was started
   */
  public boolean watch(LeaderTerm term) {
    String businessKey = businessKey(term);
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(businessKey).count() > 0
        || history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(businessKey).count() > 0) {
      return false;
    }
    runtime.startProcessInstanceByKey(PROCESS, businessKey, Variables.createVariables()
        .putValue(CoverageVariables.TERM_ID, term.id())
        .putValue(TalkVariables.ORGANIZATION_ID, term.organizationId())
        .putValue(CoverageVariables.LEADER_ID, term.leaderId()));
    return true;
  }

  static String businessKey(LeaderTerm term) {
    return "term-" + term.id();
  }
}
