package cn.supervisiontalk.coverage;

import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.OrganizationRepository;
import cn.supervisiontalk.organization.TermStarted;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.event.TransactionalEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every leader's term its coverage process ({@code termCoverage}): it waits until the
 * configured months before the term ends and, if the leader has not been talked to by then, gives
 * the general office a task to arrange the regular talk. Started when a term is entered, and on
 * start-up for current terms that have none yet.
 */
@Component
@Order(2)
public class CoverageWatch implements ApplicationRunner {

  static final String PROCESS = "termCoverage";
  private static final Logger LOG = LoggerFactory.getLogger(CoverageWatch.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final OrganizationRepository organizations;
  private final LeaderTermRepository terms;

  public CoverageWatch(@Lazy RuntimeService runtime, @Lazy HistoryService history,
      OrganizationRepository organizations, LeaderTermRepository terms) {
    this.runtime = runtime;
    this.history = history;
    this.organizations = organizations;
    this.terms = terms;
  }

  /** A newly entered term gets its coverage process once the change is committed. */
  @TransactionalEventListener(fallbackExecution = true)
  public void termStarted(TermStarted event) {
    watch(event.term());
  }

  /**
   * On start-up: current terms without a coverage process get one. A term that cannot get one now is
   * logged and tried again on the next start; it does not stop the application.
   */
  @Override
  public void run(ApplicationArguments args) {
    organizations.findAll().forEach(o -> terms.current(o.id()).ifPresent(term -> {
      try {
        watch(term);
      } catch (RuntimeException e) {
        LOG.warn("未能为任期 {} 启动全覆盖提醒流程: {}", term.id(), e.getMessage());
      }
    }));
  }

  /** Starts the term's coverage process unless it has one already. */
  public void watch(LeaderTerm term) {
    String businessKey = businessKey(term);
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(businessKey).count() > 0) {
      return;
    }
    runtime.startProcessInstanceByKey(PROCESS, businessKey, Variables.createVariables()
        .putValue("termId", term.id())
        .putValue("organizationId", term.organizationId())
        .putValue("leaderId", term.leaderId()));
  }

  static String businessKey(LeaderTerm term) {
    return "term-" + term.id();
  }
}
