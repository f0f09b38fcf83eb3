package cn.supervisiontalk.rectification;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.TalkParts.Measures;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.Lines;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What happens when the talkee hands in measures or results: they are kept in the talk's record with
 * the time. Measures are written one per line in two lists — those on first-responsibility duties,
 * which the talkee shares with his leadership team (article 11), and the others; whether there are
 * any of the first kind is what the model routes on. As {@code submissions} in the models.
 */
@Component("submissions")
public class Submissions {

  private final Deadlines deadlines;
  private final TalkRecords talks;

  public Submissions(Deadlines deadlines, TalkRecords talks) {
    this.deadlines = deadlines;
    this.talks = talks;
  }

  public void measures(DelegateTask task) {
    Submission form = Submission.ofTask(task.getId());
    Measures measures = new Measures(form.text("reflections"),
        form.text("firstResponsibilityMeasures"), form.text("otherMeasures"), deadlines.now(), null);
    if (Lines.of(measures.firstResponsibilityMeasures()).isEmpty()
        && Lines.of(measures.otherMeasures()).isEmpty()) {
      throw Problems.single("请至少填写一条整改措施。");
    }
    talks.saveMeasures(TalkVariables.talkId(task), measures);
    task.getExecution().setVariable(TalkVariables.FIRST_RESPONSIBILITY,
        !Lines.of(measures.firstResponsibilityMeasures()).isEmpty());
  }

  public void results(DelegateTask task) {
    talks.saveResults(TalkVariables.talkId(task),
        Submission.ofTask(task.getId()).text("results"), deadlines.now());
  }
}
