package cn.supervisiontalk.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.talk.TalkSteps;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives a regular talk as its people would: preparation, the talk record, rectification. */
public final class PlanSteps {

  private final ProcessTestSupport test;
  private final ProcessEngine engine;

  public PlanSteps(ProcessTestSupport test) {
    this.test = test;
    this.engine = test.engine();
  }

  /** The regular talk started for the plan item. */
  public ProcessInstance talkOf(String planItemId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("regularTalk")
        .variableValueEquals("planItemId", planItemId).singleResult();
  }

  /** Preparation done and the talk record completed with the given talk date. */
  public void hold(ProcessInstance talk, LocalDate talkDate) {
    TalkSteps.prepare(test, talk);
    Task record = taskQuery().processInstanceId(talk.getId()).taskDefinitionKey("holdTalk").singleResult();
    engine.getTaskService().complete(record.getId(), TalkSteps.record(talkDate));
  }

  /** Measures accepted, results rectified, archived and read. */
  public void rectify(ProcessInstance talk) {
    new RectificationSteps(engine).rectifyAndArchive(talk);
  }
}
