package cn.supervisiontalk.ledger;

import cn.supervisiontalk.security.EngineWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who holds the current steps of talks: their open tasks, read from the engine's runtime (never its
 * history) on the engine's behalf, so the ledger can say who holds a step the viewer does not work
 * on. A talk's own tasks are those of its process and of the processes it started under its id
 * (rectification, the team notice); the units' reading of copies (talk-copy.bpmn, keyed
 * {@code talkId:PART}) is not a step of the talk.
 */
@Component
class CurrentSteps {

  /** One open task: which, its name, who holds it, its due date. */
  record OpenStep(String taskKey, String name, String assignee, List<String> candidateGroups,
      Date due) {

    /** Whether the viewer holds the step: as its assignee or as a member of a candidate group. */
    boolean heldBy(Viewer viewer) {
      return viewer.id().equals(assignee) || candidateGroups.stream().anyMatch(viewer::inGroup);
    }
  }

  /**
   * The steps everyone who sees a talk may see held: the talker's, the talkee's and the office's
   * main line. The units' material, the escalations, the accountability decision, the copies'
   * reading and anything added later show only to the office, the talker and those who hold them.
   */
  static final Set<String> MAIN_LINE = Set.of("prepareTalk", "prepareTimelyTalk", "selfInspection",
      "holdTalk", "submitMeasures", "reviewMeasures", "submitResults", "reviewResults",
      "prepareArchive", "informTeam");

  private static final int CHUNK = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final EngineWork engineWork;

  CurrentSteps(@Lazy TaskService tasks, @Lazy RuntimeService runtime, EngineWork engineWork) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.engineWork = engineWork;
  }

  /** The open steps of each talk, in the order they were created. */
  Map<String, List<OpenStep>> of(Collection<String> talkIds) {
    Map<String, List<OpenStep>> steps = new HashMap<>();
    List<String> ids = new ArrayList<>(new HashSet<>(talkIds));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      engineWork.run(() -> collect(chunk, steps));
    }
    return steps;
  }

  /** The steps the viewer may see held, given what they are to the talk. */
  static List<OpenStep> visible(List<OpenStep> steps, Relation relation, Viewer viewer) {
    return steps.stream()
        .filter(s -> relation.full() || MAIN_LINE.contains(s.taskKey()) || s.heldBy(viewer))
        .toList();
  }

  private void collect(List<String> talkIds, Map<String, List<OpenStep>> steps) {
    List<Task> open = tasks.createTaskQuery()
        .processInstanceBusinessKeyIn(talkIds.toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    Set<String> talkIdSet = new HashSet<>(talkIds);
    Set<String> otherInstances = new HashSet<>();
    open.stream().map(Task::getProcessInstanceId).filter(id -> !talkIdSet.contains(id))
        .forEach(otherInstances::add);
    Map<String, String> talkOfInstance = new HashMap<>();
    if (!otherInstances.isEmpty()) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery()
          .processInstanceIds(otherInstances).list()) {
        talkOfInstance.put(instance.getId(), instance.getBusinessKey());
      }
    }
    for (Task task : open) {
      String talkId = talkIdSet.contains(task.getProcessInstanceId()) ? task.getProcessInstanceId()
          : talkOfInstance.get(task.getProcessInstanceId());
      if (talkId == null) {
        continue;
      }
      List<String> groups = task.getAssignee() != null ? List.of()
          : tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
      steps.computeIfAbsent(talkId, id -> new ArrayList<>()).add(new OpenStep(
          task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
          task.getDueDate()));
    }
  }
}
