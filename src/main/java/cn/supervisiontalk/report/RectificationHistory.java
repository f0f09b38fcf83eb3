package cn.supervisiontalk.report;

import cn.supervisiontalk.deadline.Dates;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The rectification of each talk (process {@code rectification}) as the engine's history knows it. */
@Component
public class RectificationHistory {

  static final String PROCESS = "rectification";
  private static final String[] NAMES = {"talkId", "talkDate", "measuresDue", "measuresSubmittedAt",
      "resultsDue", "resultsSubmittedAt", "outcome"};

  /** One talk's rectification: deadlines, when handed in, and the review outcome. */
  public record Entry(String talkId, LocalDate talkDate, Date measuresDue, Date measuresSubmittedAt,
      Date resultsDue, Date resultsSubmittedAt, String outcome) {
  }

  private final HistoryService history;

  public RectificationHistory(@Lazy HistoryService history) {
    this.history = history;
  }

  /** The rectifications of talks held in the year, cancelled ones left out. */
  public List<Entry> ofTalksHeldIn(int year) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS).list().stream()
        .filter(pi -> !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(pi.getState())
            && !HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(pi.getState()))
        .toList();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(PROCESS).variableNameIn(NAMES).list()) {
      if (v.getProcessInstanceId().equals(v.getExecutionId())) {
        values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue());
      }
    }
    return instances.stream()
        .map(pi -> values.getOrDefault(pi.getId(), Map.of()))
        .map(v -> new Entry((String) v.get("talkId"), Dates.tryParse(v.get("talkDate")),
            (Date) v.get("measuresDue"), (Date) v.get("measuresSubmittedAt"),
            (Date) v.get("resultsDue"), (Date) v.get("resultsSubmittedAt"),
            (String) v.get("outcome")))
        .filter(e -> e.talkDate() != null && e.talkDate().getYear() == year)
        .toList();
  }
}
