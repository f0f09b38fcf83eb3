package cn.supervisiontalk.proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Asks the decision table {@code proposingUnits} (processes/proposing-units.dmn, article 6) which of
 * a person's units lets them propose a talkee; a business person changes the list there.
 */
@Component
public class ProposingUnits {

  private final DecisionService decisions;

  public ProposingUnits(@Lazy DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The first of the person's groups that may propose. */
  public Optional<String> unitOf(List<String> groups) {
    return groups.stream().filter(group -> Boolean.TRUE.equals(evaluate(group).get("allowed")))
        .findFirst();
  }

  /** Why a person in none of those units may not propose, as the table words it. */
  public String refusal() {
    return String.valueOf(evaluate("").get("reason"));
  }

  private Map<String, Object> evaluate(String group) {
    return decisions.evaluateDecisionTableByKey("proposingUnits")
        .variables(Variables.createVariables().putValue("unit", group)).evaluate()
        .getSingleResult().getEntryMap();
  }
}
