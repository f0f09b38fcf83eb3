package cn.supervisiontalk.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the access trail, each row in a transaction of its own. Writing the trail never fails
 * the work it records: a row that cannot be written is logged as an error (with the whole entry, so
 * the log keeps it) and the request or step goes on. The alternative, refusing work when the trail
 * is down, would stop every talk over an audit table; the log line and the chain's check
 * ({@code /api/trail/verification}, {@link TrailCheck}) make a gap visible instead.
 */
@Component
public class AccessTrail {

  private static final Logger LOG = LoggerFactory.getLogger(AccessTrail.class);

  private final TrailStore store;
  private final TransactionTemplate ownTransaction;

  public AccessTrail(TrailStore store, PlatformTransactionManager transactions) {
    this.store = store;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Appends the entry now, in its own transaction; never throws. */
  public void record(TrailEntry entry) {
    try {
      ownTransaction.executeWithoutResult(status -> store.append(entry, null));
    } catch (RuntimeException e) {
      LOG.error("访问留痕写入失败,该次访问未能留痕: {}", entry, e);
    }
  }

  /**
   * Appends the entry once the current transaction has committed (nothing if it rolls back), or
   * now when there is none: for work done inside the engine's transaction, such as a copy made.
   */
  public void recordAfterCommit(TrailEntry entry) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      record(entry);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        record(entry);
      }
    });
  }
}
