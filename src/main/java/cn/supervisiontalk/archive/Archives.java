package cn.supervisiontalk.archive;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.Submission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The archive in the forms: a preview for the office before archiving, the archived talk for the
 * units it is copied to; and the office's remark when archiving. As {@code archives} in the models.
 */
@Component("archives")
public class Archives implements FormValueSource {

  private final ArchiveRepository repository;
  private final TalkArchiver archiver;
  private final ArchiveText text;
  private final TalkRecords talks;
  private final Directory directory;

  public Archives(ArchiveRepository repository, TalkArchiver archiver, ArchiveText text,
      TalkRecords talks, Directory directory) {
    this.repository = repository;
    this.archiver = archiver;
    this.text = text;
    this.talks = talks;
    this.directory = directory;
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    String talkId = TalkVariables.talkId(task);
    if (talkId == null) {
      return values;
    }
    if (keys.contains("archivePreview")) {
      values.put("archivePreview", text.render(archiver.build(talkId, List.of(), null)));
    }
    String recipient = TalkVariables.recipient(task);
    if (keys.contains("archiveSummary") && recipient != null) {
      repository.findByTalk(talkId).map(r -> ArchiveAccess.forUnits(r, List.of(recipient)))
          .map(text::render).ifPresent(summary -> values.put("archiveSummary", summary));
    }
    if (keys.contains("recipientName") && recipient != null) {
      values.put("recipientName", directory.unitName(task.getTenantId(), recipient));
    }
    return values;
  }

  /** Keeps the office's remark and who archived the talk: the office member completing the task. */
  public void keepRemark(DelegateTask task) {
    String remark = Submission.ofTask(task.getId()).text("archiveRemark");
    talks.saveArchiveRemark(TalkVariables.talkId(task), remark.isBlank() ? null : remark);
    task.getExecution().setVariable(TalkArchiver.ARCHIVED_BY, Actor.of(task));
  }

  public String summary(String talkId) {
    return repository.findByTalk(talkId).map(text::render).orElse("");
  }
}
