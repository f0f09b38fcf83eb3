package cn.supervisiontalk.talk;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import cn.supervisiontalk.deadline.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Keeps the material a cooperating unit supplies for a talk, with the person it sends to the talk,
 * and summarizes all of it for the talker. As {@code cooperatingMaterials} in the models.
 */
@Component("cooperatingMaterials")
public class CooperatingMaterials implements TaskListener {

  private final CommitteeGroups committeeGroups;

  private final MaterialRepository materials;
  private final Directory directory;
  private final Deadlines deadlines;
  private final TalkRecords talks;

  public CooperatingMaterials(MaterialRepository materials, Directory directory,
      Deadlines deadlines, CommitteeGroups committeeGroups,
      TalkRecords talks) {
    this.talks = talks;
    this.committeeGroups = committeeGroups;
    this.materials = materials;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  /**
   * On creating a unit's task: the unit's members to choose the attendee from, on the task; the
   * attendee chosen stays on this unit's own execution, apart from the other units'.
   */
  public void prepare(DelegateTask task) {
    String unit = committeeGroups.of(task.getExecution(), TalkVariables.unit(task));
    task.setVariableLocal("unitName", directory.groupName(unit));
    task.setVariableLocal("attendeeOptions", directory.memberOptions(unit));
    task.getExecution().setVariableLocal("attendee", null);
  }

  /** On completing a unit's task: checks the attendee and records the material. */
  @Override
  public void notify(DelegateTask task) {
    String unit = TalkVariables.unit(task);
    if (materials.waived(TalkVariables.talkId(task), unit)) {
      return; // completed by the application: the office decided not to wait (LateMaterial)
    }
    Submission form = Submission.ofTask(task.getId());
    String attendee = form.text("attendee");
    String group = committeeGroups.of(task.getExecution(), unit);
    if (!attendee.isBlank() && directory.memberOptions(group).stream()
        .noneMatch(option -> option.get("value").equals(attendee))) {
      throw Problems.single("派员参与谈话的人员应为" + directory.groupName(group) + "的工作人员。");
    }
    String completedBy = Actor.of(task);
    materials.insert(TalkVariables.talkId(task), new Material(unit,
        form.text("material"), attendee.isBlank() ? null : attendee,
        completedBy, deadlines.now()));
  }

  /** All material supplied for the talk, as one readable text for the talker. */
  public String summary(String talkId) {
    List<Material> supplied = materials.findByTalk(talkId);
    if (supplied.isEmpty()) {
      return "(协作单位未提供材料)";
    }
    String committee = talks.committeeOf(talkId).orElse(null);
    return supplied.stream()
        .map(m -> "【" + directory.unitName(committee, m.unit()) + "】" + m.text()
            + (m.attendeeId() == null ? "" : "\n派员参与谈话: " + directory.userName(m.attendeeId())))
        .collect(Collectors.joining("\n\n"));
  }

  /** The people the units send to the talk, by name, for the talk record. */
  public String attendees(String talkId) {
    String committee = talks.committeeOf(talkId).orElse(null);
    return materials.findByTalk(talkId).stream()
        .filter(m -> m.attendeeId() != null)
        .map(m -> directory.userName(m.attendeeId()) + "("
            + directory.unitName(committee, m.unit()) + ")")
        .collect(Collectors.joining("、"));
  }
}
