package cn.supervisiontalk.archive;

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

  public Archives(ArchiveRepository repository, TalkArchiver archiver, ArchiveText text) {
    this.repository = repository;
    this.archiver = archiver;
    this.text = text;
  }

  public String preview(DelegateExecution execution) {
    return text.render(archiver.build(execution));
  }

  /** Keeps who archived the talk: the office member completing the archive task. */
  public void markArchivedBy(DelegateTask task) {
    task.getExecution().setVariable("archivedBy", Actor.of(task));
  }

  public String summary(String talkId) {
    return repository.findByTalk(talkId).map(text::render).orElse("");
  }
}
