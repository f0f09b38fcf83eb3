package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.validation.FormValueSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the talkee's rectification forms quote besides the talk's record: the committee the talkee
 * reports to (article 11), e.g. 中共江州市委, and the deadlines as a clerk writes them, 「3月31日24时前」.
 * Each only when the task's form asks for it.
 */
@Component
public class DeadlineFormValues implements FormValueSource {

  static final String COMMITTEE_NAME = "committeeName";
  static final String MEASURES_DUE_TEXT = "measuresDueText";
  static final String RESULTS_DUE_TEXT = "resultsDueText";

  private final TalkRecords talks;
  private final Deadlines deadlines;
  private final Committee committee;

  public DeadlineFormValues(TalkRecords talks, Deadlines deadlines, Committee committee) {
    this.talks = talks;
    this.deadlines = deadlines;
    this.committee = committee;
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (keys.contains(COMMITTEE_NAME)) {
      // the committee holding the talk: the instance's tenant (none for one begun before there
      // were several committees, then the first)
      values.put(COMMITTEE_NAME, task.getTenantId() == null ? committee.messageName()
          : committee.messageName(task.getTenantId()));
    }
    if (!keys.contains(MEASURES_DUE_TEXT) && !keys.contains(RESULTS_DUE_TEXT)) {
      return values;
    }
    String talkId = TalkVariables.talkId(task);
    Talk talk = talkId == null ? null : talks.find(talkId).orElse(null);
    if (talk == null) {
      return values;
    }
    if (keys.contains(MEASURES_DUE_TEXT) && talk.measuresDue() != null) {
      values.put(MEASURES_DUE_TEXT, deadlines.dueText(talk.measuresDue()));
    }
    if (keys.contains(RESULTS_DUE_TEXT) && talk.resultsDue() != null) {
      values.put(RESULTS_DUE_TEXT, deadlines.dueText(talk.resultsDue()));
    }
    return values;
  }
}
