package cn.supervisiontalk.talk;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.notification.Notifier;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A cooperating unit that has not delivered its material by its due date (article 6): its members
 * are reminded, and the office decides for each such unit whether to wait or to let the talk go
 * ahead without it; the decision is recorded with the unit's material. One silent unit never blocks
 * a talk. As {@code lateMaterial} in the models.
 */
@Component("lateMaterial")
public class LateMaterial implements FormValueSource {

  private final CommitteeGroups committeeGroups;

  static final String MATERIAL_TASK = "provideMaterial";
  static final String LATE_UNIT = "lateUnit";
  static final String DECISION = "lateMaterialDecision";
  static final String REASON = "lateMaterialReason";
  static final String PROCEED = "PROCEED";

  private final MaterialRepository materials;
  private final Directory directory;
  private final Notifier notifier;
  private final TalkRecords talks;
  private final Deadlines deadlines;
  private final Committee committee;
  private final EngineWork engineWork;
  private final TaskService taskService;

  public LateMaterial(MaterialRepository materials, Directory directory, Notifier notifier,
      TalkRecords talks, Deadlines deadlines, Committee committee, EngineWork engineWork,
      @Lazy TaskService taskService, CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.materials = materials;
    this.directory = directory;
    this.notifier = notifier;
    this.talks = talks;
    this.deadlines = deadlines;
    this.committee = committee;
    this.engineWork = engineWork;
    this.taskService = taskService;
  }

  /** The units whose material task in this talk is still open, in the order of their tasks. */
  public List<String> lateUnits(DelegateExecution execution) {
    return new ArrayList<>(openTasks(execution.getProcessInstanceId()).keySet());
  }

  /** At the due date: reminds every member of each unit that has not delivered. */
  public void remind(DelegateExecution execution) {
    Talk talk = talks.get(TalkVariables.talkId(execution));
    String due = dueText(execution);
    for (String role : lateUnits(execution)) {
      String unit = committeeGroups.of(execution, role);
      String unitName = directory.groupName(unit);
      String subject = "提醒: 请尽快提供" + talk.organizationName() + "监督谈话的有关情况和材料";
      String body = unitName + ":\n\n"
          + committee.messageName(committeeGroups.committeeOf(execution)) + "对" + talk.organizationName() + talk.talkeeName()
          + "同志开展监督谈话,请贵单位提供的有关情况和材料应于" + due + "提供,现已逾期,尚未收到。"
          + "请登录监督谈话系统,在任务列表中办理「提供有关情况和材料」。"
          + "办公室可以决定不再等待,谈话照常进行。";
      for (Map<String, String> member : directory.memberOptions(unit)) {
        notifier.send(member.get("value"), talk.id(), subject, body);
      }
    }
  }

  /**
   * On completing the office's decision: PROCEED (with a reason) records that the unit provided no
   * material and completes its task on the engine's behalf; WAIT leaves the unit's task open.
   */
  public void decide(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    if (!PROCEED.equals(form.text(DECISION))) {
      return;
    }
    String reason = form.text(REASON);
    if (reason.isBlank()) {
      throw Problems.single("决定不再等待的,请填写理由。");
    }
    String unit = (String) task.getVariable(LATE_UNIT);
    String talkId = TalkVariables.talkId(task);
    String open = openTasks(task.getProcessInstanceId()).get(unit);
    if (open == null) {
      return; // the unit delivered in the meantime
    }
    materials.insert(talkId, Material.waived(unit, Actor.of(task), deadlines.now(), reason));
    engineWork.run(() -> taskService.complete(open, Map.of("material", "未提供")));
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    Object unit = task.getVariable(LATE_UNIT);
    if (keys.contains("lateUnitName") && unit != null) {
      values.put("lateUnitName", directory.unitName(task.getTenantId(), unit.toString()));
    }
    if (keys.contains("materialDueText") && task.getVariable(TalkVariables.PLANNED_TALK_DATE) != null) {
      values.put("materialDueText", dueText(task));
    }
    return values;
  }

  private String dueText(VariableScope scope) {
    Date due = deadlines.preparationDue(scope.getVariable(TalkVariables.PLANNED_TALK_DATE));
    return deadlines.dueText(due);
  }

  /** Open material tasks of this process instance by unit. */
  private Map<String, String> openTasks(String processInstanceId) {
    return engineWork.run(() -> {
      Map<String, String> open = new LinkedHashMap<>();
      for (Task t : taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(MATERIAL_TASK).orderByTaskCreateTime().asc().list()) {
        Object unit = taskService.getVariable(t.getId(), TalkVariables.UNIT);
        if (unit != null) {
          open.put(unit.toString(), t.getId());
        }
      }
      return open;
    });
  }
}
