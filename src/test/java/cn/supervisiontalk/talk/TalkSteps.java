package cn.supervisiontalk.talk;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.supervisiontalk.Jobs;
import cn.supervisiontalk.ProcessTestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The people's work in a regular talk, done as they would submit it from their forms. */
public final class TalkSteps {

  static final Map<String, String> ATTENDEES = Map.of("discipline", "zhenghua");

  private TalkSteps() {
  }

  /** Preparation, self-inspection and the five units' material. */
  public static void prepare(ProcessTestSupport test, ProcessInstance talk) {
    var tasks = test.engine().getTaskService();
    for (Task task : taskQuery().processInstanceId(talk.getId()).list()) {
      switch (task.getTaskDefinitionKey()) {
        case "prepareTalk" -> tasks.complete(task.getId(), Variables.createVariables()
            .putValue("preparationMaterials", "巡察反馈意见、审计报告")
            .putValue("preparationIssues", "主体责任压得不实"));
        case "selfInspection" -> tasks.complete(task.getId(), Variables.createVariables()
            .putValue("selfInspectionReport", "对照规定查找出三方面问题"));
        case "provideMaterial" -> {
          String unit = (String) tasks.getVariable(task.getId(), "unit");
          VariableMap material = Variables.createVariables().putValue("material", unit + "提供的情况");
          if (ATTENDEES.containsKey(unit)) {
            material.putValue("attendee", ATTENDEES.get(unit));
          }
          tasks.complete(task.getId(), material);
        }
        default -> throw new IllegalStateException(task.getTaskDefinitionKey());
      }
    }
    Jobs.runAll(test.engine());
  }

  /** The five-step talk record with the given talk date. */
  public static VariableMap record(LocalDate talkDate) {
    return Variables.createVariables()
        .putValue("talkDate", talkDate.toString())
        .putValue("attendees", "郑华(市纪委监委)")
        .putValue("selfInspectionHeard", "报告了自查发现的三方面问题")
        .putValue("problems", "1. 落实主体责任有温差\n2. 选人用人把关不严")
        .putValue("explanation", "对问题作了说明")
        .putValue("requirements", "一个月内制定整改方案")
        .putValue("commitment", "坚决整改到位");
  }
}
