package cn.supervisiontalk.talk;

import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.Lines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the talk's task forms show, read from the talk's record: each key only when the task's form
 * asks for it, so the talkee's forms never receive the talker's notes or the units' material.
 */
@Component
public class TalkFormValues implements FormValueSource {

  private final TalkRecords talks;
  private final CooperatingMaterials materials;

  public TalkFormValues(TalkRecords talks, CooperatingMaterials materials) {
    this.talks = talks;
    this.materials = materials;
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    String talkId = TalkVariables.talkId(task);
    Map<String, Object> values = new LinkedHashMap<>();
    Talk talk = talkId == null ? null : talks.find(talkId).orElse(null);
    if (talk == null) {
      return values;
    }
    put(values, keys, "talkeeName", () -> talk.talkeeName());
    put(values, keys, "organizationName", () -> talk.organizationName());
    put(values, keys, "talkerName", () -> talk.talkerName());
    put(values, keys, "selfInspectionReport", () -> talks.selfInspection(talkId).selfInspectionReport());
    put(values, keys, "triggerLabel", () -> talk.triggerCode() == null ? null
        : Trigger.of(talk.triggerCode()).label());
    put(values, keys, "facts", () -> talks.grounds(talkId).facts());
    put(values, keys, "evidence", () -> talks.grounds(talkId).evidence());
    put(values, keys, "materialsSummary", () -> materials.summary(talkId));
    put(values, keys, "unitAttendees", () -> materials.attendees(talkId));
    put(values, keys, "requirements", () -> talks.notes(talkId).requirements());
    put(values, keys, "reflections", () -> talks.measures(talkId).reflections());
    put(values, keys, "firstResponsibilityMeasures", () -> talks.measures(talkId).firstResponsibilityMeasures());
    put(values, keys, "otherMeasures", () -> talks.measures(talkId).otherMeasures());
    put(values, keys, "measuresText", () -> measuresText(talks.measures(talkId)));
    put(values, keys, "measuresReturnReason", () -> talks.measures(talkId).measuresReturnReason());
    put(values, keys, "results", () -> talks.results(talkId).results());
    put(values, keys, "resultsReturnReason", () -> talks.results(talkId).resultsReturnReason());
    return values;
  }

  /** The accepted measures, numbered, those on first-responsibility duties marked. */
  public static String measuresText(TalkParts.Measures measures) {
    List<String> first = Lines.of(measures.firstResponsibilityMeasures()).stream()
        .map(m -> m + "(第一责任人职责)").toList();
    List<String> all = new ArrayList<>(first);
    all.addAll(Lines.of(measures.otherMeasures()));
    return Lines.numbered(all);
  }

  private static void put(Map<String, Object> values, Set<String> keys, String key,
      Supplier<Object> value) {
    if (keys.contains(key)) {
      Object shown = value.get();
      if (shown != null) {
        values.put(key, shown);
      }
    }
  }
}
