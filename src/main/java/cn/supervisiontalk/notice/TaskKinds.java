package cn.supervisiontalk.notice;

import cn.supervisiontalk.notification.NoticeKind;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Which kind of notice a new task makes, by its place in the models: a copy to read, a proposal's
 * outcome, overdue work to supervise, measures or results sent back by the office (the review's
 * decision RETURN is still on the process), or else new work.
 */
final class TaskKinds {

  private static final Set<String> COPIES =
      Set.of("readTalkRecordCopy", "readMeasuresCopy", "readResultsCopy", "readArchive");
  private static final Set<String> SUPERVISION = Set.of("superviseMeasures", "superviseResults",
      "supervisePreparation", "superviseTalkRecord", "decideLateMaterial");

  private TaskKinds() {
  }

  static NoticeKind of(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (COPIES.contains(key)) {
      return NoticeKind.COPY;
    }
    if ("readProposalOutcome".equals(key)) {
      return NoticeKind.PROPOSAL;
    }
    if (SUPERVISION.contains(key)) {
      return NoticeKind.OVERDUE;
    }
    if ("submitMeasures".equals(key) && "RETURN".equals(task.getVariable("measuresDecision"))
        || "submitResults".equals(key) && "RETURN".equals(task.getVariable("resultsDecision"))) {
      return NoticeKind.RETURNED;
    }
    return NoticeKind.TASK;
  }
}
