package cn.supervisiontalk.notice;

import cn.supervisiontalk.notification.Notice;
import cn.supervisiontalk.notification.NoticeKind;
import cn.supervisiontalk.notification.Notifier;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * On every new task: a notice to its assignee, or to each member of its candidate groups and each
 * candidate user, written in the engine's transaction. The notice names only the task, the
 * organization and the talkee (article 16): it goes to those who may open the task anyway, and says
 * nothing the task does not show them.
 */
@Component
public class TaskNotices implements TaskListener {

  private final Notifier notifier;
  private final Directory directory;
  private final TalkRecords talks;

  public TaskNotices(Notifier notifier, Directory directory, TalkRecords talks) {
    this.notifier = notifier;
    this.directory = directory;
    this.talks = talks;
  }

  @Override
  public void notify(DelegateTask task) {
    NoticeKind kind = TaskKinds.of(task);
    String about = about(task);
    String subject = kind.label() + ": " + task.getName() + about;
    for (String recipient : recipients(task)) {
      notifier.send(new Notice(recipient, kind, null, task.getId(), subject,
          body(kind, task.getName(), about, recipient, task)));
    }
  }

  /** The assignee; without one, the candidate users and every member of the candidate groups. */
  private Set<String> recipients(DelegateTask task) {
    Set<String> recipients = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
      return recipients;
    }
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        recipients.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        for (Map<String, String> member : directory.memberOptions(link.getGroupId())) {
          recipients.add(member.get("value"));
        }
      }
    }
    return recipients;
  }

  /** 「(青山县委 王海)」 for a talk's task, the organization alone where there is no talk yet. */
  private String about(DelegateTask task) {
    String talkId = TalkVariables.talkId(task);
    Talk talk = talkId == null ? null : talks.find(talkId).orElse(null);
    if (talk != null) {
      return "(" + talk.organizationName() + " " + talk.talkeeName() + ")";
    }
    String organizationId = TalkVariables.organizationId(task);
    if (organizationId != null) {
      return directory.findOrganization(organizationId).map(o -> "(" + o.name() + ")").orElse("");
    }
    return "";
  }

  private String body(NoticeKind kind, String taskName, String about, String recipient,
      DelegateTask task) {
    String what = switch (kind) {
      case RETURNED -> "您报送的材料被退回,请按审核意见修改后重新报送";
      case COPY -> "收到抄送的谈话材料,请阅知";
      case PROPOSAL -> "您提出的被谈话人人选建议已有处理结果";
      case OVERDUE -> "有逾期事项需要督办";
      default -> task.getAssignee() != null ? "您有一项新的待办" : "您所在单位有一项新的待办";
    };
    return directory.userName(recipient) + "同志:\n\n" + what + "「" + taskName + "」" + about
        + "。请登录监督谈话系统,在任务列表中办理。";
  }
}
