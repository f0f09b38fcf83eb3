package cn.supervisiontalk.archive;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.validation.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The archive as text for forms: a preview for the office, the archived talk for recipients. */
@Component("archives")
public class Archives {

  private final ArchiveRepository repository;
  private final TalkArchiver archiver;
  private final ArchiveText text;
  private final Directory directory;

  public Archives(ArchiveRepository repository, TalkArchiver archiver, ArchiveText text,
      Directory directory) {
    this.repository = repository;
    this.archiver = archiver;
    this.text = text;
    this.directory = directory;
  }

  public String preview(DelegateExecution execution) {
    return text.render(archiver.build(execution));
  }

  /** Keeps who archived the talk: the office member completing the archive task. */
  public void markArchivedBy(DelegateTask task) {
    task.getExecution().setVariable("archivedBy", Actor.of(task));
  }

  /** On creating a recipient's reading task: the unit's name, the archived talk, its own field. */
  public void prepareReading(DelegateTask task) {
    task.getExecution().setVariableLocal("recipientName",
        directory.groupName((String) task.getVariable("recipient")));
    task.getExecution().setVariableLocal("archiveSummary", summary((String) task.getVariable("talkId")));
    task.getExecution().setVariableLocal("archiveRead", null);
  }

  public String summary(String talkId) {
    return repository.findByTalk(talkId).map(text::render).orElse("");
  }
}
