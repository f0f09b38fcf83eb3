package cn.supervisiontalk.web;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Recognizes a change that lost a race with another person's: two people completing or claiming
 * the same task at once. The engine's own check ({@link OptimisticLockingException}), a claim of a
 * task just claimed by someone else, or the application's tables refusing the second write of the
 * same row (a unique key, a lock the database gave up waiting for, a serialization failure). The
 * losing command has rolled back whole: nothing of it was written, nothing was sent.
 */
final class ConcurrentChanges {

  static final String TASK_TAKEN = "该任务已由他人办理或正在办理,您的提交未保存。请刷新任务列表。";

  private ConcurrentChanges() {
  }

  /** The error, or one of its causes, is a lost race. */
  static boolean lostRace(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException
          || cause instanceof DuplicateKeyException || cause instanceof ConcurrencyFailureException
          || cause instanceof SQLException sql && racing(sql)) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE 23505 unique violation (PostgreSQL and H2), 40001 serialization failure, 40P01
   * deadlock, H2's HYT00 lock timeout and 90131 concurrent update.
   */
  private static boolean racing(SQLException sql) {
    for (SQLException e = sql; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (state != null && (state.equals("23505") || state.equals("40001") || state.equals("40P01")
          || state.equals("HYT00") || state.equals("90131"))) {
        return true;
      }
    }
    return false;
  }
}
