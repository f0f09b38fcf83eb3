package cn.supervisiontalk.rectification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.List;
import cn.supervisiontalk.Jobs;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** The talkee's and the office's work in rectification, as submitted from their forms. */
public final class RectificationSteps {

  private final ProcessEngine engine;
  private final TaskService tasks;

  public RectificationSteps(ProcessEngine engine) {
    this.engine = engine;
    this.tasks = engine.getTaskService();
  }

  Task task(ProcessInstance pi, String key) {
    return taskQuery().processInstanceBusinessKey(pi.getBusinessKey()).taskDefinitionKey(key).singleResult();
  }

  List<Task> all(ProcessInstance pi, String key) {
    return taskQuery().processInstanceBusinessKey(pi.getBusinessKey()).taskDefinitionKey(key).list();
  }

  public void submitMeasures(ProcessInstance pi, boolean firstResponsibility) {
    tasks.complete(task(pi, "submitMeasures").getId(), Variables.createVariables()
        .putValue("reflections", "深刻认识到问题的严重性")
        .putValue(firstResponsibility ? "firstResponsibilityMeasures" : "otherMeasures", "1. 建立主体责任清单")
        .putValue("otherMeasures", firstResponsibility ? "开展选人用人专项检查" : "建立主体责任清单\n开展选人用人专项检查"));
  }

  public void review(ProcessInstance pi, String taskKey, String decision, String comment) {
    boolean measures = taskKey.equals("reviewMeasures");
    tasks.complete(task(pi, taskKey).getId(), Variables.createVariables()
        .putValue(measures ? "measuresDecision" : "resultsDecision", decision)
        .putValue(measures ? "measuresReviewComment" : "resultsReviewComment", comment));
  }

  /** The discipline commission or organization department records its decision on a finding. */
  public void decideAccountability(ProcessInstance pi, String decision, String decidedOn) {
    tasks.complete(task(pi, "decideAccountability").getId(), Variables.createVariables()
        .putValue("accountabilityDecision", decision)
        .putValue("decisionContent", "ACCOUNTABLE".equals(decision) ? "对王海同志进行诫勉谈话" : "情节轻微,批评教育")
        .putValue("decidedByBody", "中共江州市纪委监委")
        .putValue("decidedOn", decidedOn));
  }

  public void submitResults(ProcessInstance pi) {
    tasks.complete(task(pi, "submitResults").getId(),
        Variables.createVariables().putValue("results", "各项措施均已落实"));
  }

  public void archive(ProcessInstance pi, String... extraRecipients) {
    String list = extraRecipients.length == 0 ? "[]" : "[\"" + String.join("\",\"", extraRecipients) + "\"]";
    tasks.complete(task(pi, "prepareArchive").getId(), Variables.createVariables()
        .putValueTyped("copyToExtra", SpinValues.jsonValue(list).create())
        .putValue("archiveRemark", "材料齐全"));
  }

  public void readCopies(ProcessInstance pi) {
    for (Task read : all(pi, "readArchive")) {
      tasks.complete(read.getId(), Variables.createVariables().putValue("archiveRead", true));
    }
    Jobs.runAll(engine);
  }

  /** Measures accepted, results rectified, archived and read: the plain path to the end. */
  public void rectifyAndArchive(ProcessInstance pi) {
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "ACCEPT", null);
    submitResults(pi);
    review(pi, "reviewResults", "RECTIFIED", null);
    archive(pi);
    readCopies(pi);
  }
}
