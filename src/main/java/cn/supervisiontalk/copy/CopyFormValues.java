package cn.supervisiontalk.copy;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.JsonValues;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the reading task of a copy (forms/read-talk-copy.form) shows, as the task's own values: the
 * part as it was copied, which part and to which unit, and the talk's date. The organization,
 * talkee and talker come with every talk task ({@code TalkFormValues}). Nothing else of the talk.
 */
@Component
public class CopyFormValues implements FormValueSource {

  static final String PART_NAME = "copiedPartName";
  static final String RECIPIENT_NAME = "copiedToName";
  static final String TALK_DATE = "copiedTalkDate";
  static final String CONTENT = "copyContent";

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

  private final CopyRepository copies;
  private final TalkRecords talks;
  private final Directory directory;

  public CopyFormValues(CopyRepository copies, TalkRecords talks, Directory directory) {
    this.copies = copies;
    this.talks = talks;
    this.directory = directory;
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (!keys.contains(CONTENT) && !keys.contains(PART_NAME)) {
      return values;
    }
    copies.find(task.getProcessInstanceId()).ifPresent(copy -> {
      CopiedPart part = CopiedPart.valueOf(copy.part());
      values.put(PART_NAME, part.label());
      values.put(CONTENT, CopyContent.text(part, JsonValues.fromJson(copy.content(), OBJECT)));
      talks.find(copy.talkId()).filter(t -> t.talkDate() != null)
          .ifPresent(t -> values.put(TALK_DATE, Deadlines.dayText(t.talkDate())));
      String recipient = TalkVariables.recipient(task);
      if (recipient != null) {
        values.put(RECIPIENT_NAME, directory.unitName(task.getTenantId(), recipient));
      }
    });
    values.keySet().retainAll(keys);
    return values;
  }
}
