package cn.supervisiontalk.history;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reads talks from the engine's history, so they count from the moment they happen: a talk is held
 * once its talk record is completed (variable {@code talkDate}). Regular talks are process
 * {@code regularTalk}, timely talks {@code timelyTalk}.
 */
@Component
public class TalkHistory {

  public static final String REGULAR = "regularTalk";
  public static final String TIMELY = "timelyTalk";

  private static final String[] NAMES = {"organizationId", "talkeeId", "talkerId",
      "plannedTalkDate", "talkDate", "planItemId", "trigger"};

  private final HistoryService history;
  private final Deadlines deadlines;

  public TalkHistory(@Lazy HistoryService history, Deadlines deadlines) {
    this.history = history;
    this.deadlines = deadlines;
  }

  /** Every talk of the process key, started or held, including cancelled ones (marked). */
  public List<TalkInstance> talks(String processKey) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).orderByProcessInstanceStartTime().asc().list();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(processKey).variableNameIn(NAMES).disableCustomObjectDeserialization()
        .list()) {
      if (v.getProcessInstanceId().equals(v.getExecutionId()) || !values
          .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).containsKey(v.getName())) {
        values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue());
      }
    }
    return instances.stream().map(pi -> {
      Map<String, Object> vars = values.getOrDefault(pi.getId(), Map.of());
      return new TalkInstance(pi.getId(), processKey,
          text(vars.get("organizationId")), text(vars.get("talkeeId")), text(vars.get("talkerId")),
          Dates.tryParse(vars.get("plannedTalkDate")), Dates.tryParse(vars.get("talkDate")),
          text(vars.get("planItemId")), text(vars.get("trigger")),
          pi.getStartTime().toInstant().atZone(deadlines.zone()).toLocalDate(),
          isCancelled(pi));
    }).toList();
  }

  public List<TalkInstance> regularTalks() {
    return talks(REGULAR);
  }

  public List<TalkInstance> timelyTalks() {
    return talks(TIMELY);
  }

  private static boolean isCancelled(HistoricProcessInstance pi) {
    return HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(pi.getState())
        || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(pi.getState());
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
