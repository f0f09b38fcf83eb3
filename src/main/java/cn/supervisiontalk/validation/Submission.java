package cn.supervisiontalk.validation;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one start or task completion handed in, kept beside the engine instead of in it. The values
 * of a submission never become process variables by themselves: the form's rules are checked against
 * them, the fields the model routes on (decisions, dates, chosen ids) are set as variables, and the
 * listeners store the text in the talk's own record. A submission belongs to the one task or start
 * it was made for ({@link #forTask}, {@link #forStart}) and is taken once.
 */
public final class Submission {

  private static final ThreadLocal<Deque<Submission>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);
  private static final Submission NONE = new Submission(Map.of(), false, null, null);

  private final Map<String, TypedValue> values;
  private final boolean fromPerson;
  private final String taskId;
  private final String processDefinition;
  private boolean taken;

  private Submission(Map<String, TypedValue> values, boolean fromPerson, String taskId,
      String processDefinition) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.fromPerson = fromPerson;
    this.taskId = taskId;
    this.processDefinition = processDefinition;
  }

  /** The values completing the task. */
  public static Submission forTask(String taskId, Map<String, TypedValue> values, boolean fromPerson) {
    return new Submission(values, fromPerson, taskId, null);
  }

  /** The values starting a process, named by its definition id or key. */
  public static Submission forStart(String processDefinition, Map<String, TypedValue> values,
      boolean fromPerson) {
    return new Submission(values, fromPerson, null, processDefinition);
  }

  /** Runs the command with the submission open for its listeners. */
  public static <T> T during(Submission submission, Supplier<T> command) {
    Deque<Submission> open = OPEN.get();
    open.push(submission);
    try {
      return command.get();
    } finally {
      open.pop();
      if (open.isEmpty()) {
        OPEN.remove();
      }
    }
  }

  /** The submission completing this task, or an empty one. */
  public static Submission ofTask(String taskId) {
    Submission current = OPEN.get().peek();
    return current != null && taskId.equals(current.taskId) ? current : NONE;
  }

  /**
   * The submission starting a process of this definition (id or key), taken by the first start
   * event asking; null for a process started otherwise (a call activity, a timer, a message).
   */
  public static Submission takeStart(String definitionId, String definitionKey) {
    Submission current = OPEN.get().peek();
    if (current == null || current.taken || current.processDefinition == null
        || !(current.processDefinition.equals(definitionId) || current.processDefinition.equals(definitionKey))) {
      return null;
    }
    current.taken = true;
    return current;
  }

  /**
   * The submission starting a process of this definition, not yet taken by its start event (for
   * the engine's tenant id provider, which runs before it); null when there is none.
   */
  public static Submission pendingStart(String definitionId, String definitionKey) {
    Submission current = OPEN.get().peek();
    return current == null || current.taken || current.processDefinition == null
        || !(current.processDefinition.equals(definitionId)
            || current.processDefinition.equals(definitionKey)) ? null : current;
  }

  /** The submission the listeners of the running task or start read; empty outside one. */
  public static Submission current() {
    Submission current = OPEN.get().peek();
    return current == null ? NONE : current;
  }

  public Set<String> names() {
    return values.keySet();
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Made by a signed-in person over an API (not by the application's own code or a test). */
  public boolean fromPerson() {
    return fromPerson;
  }

  /**
   * The value as plain Java (text, number, boolean, date, or a list or map where JSON was sent);
   * null when absent. Text stays text, even when it looks like JSON.
   */
  public Object value(String name) {
    TypedValue typed = values.get(name);
    if (typed == null || typed.getValue() == null) {
      return null;
    }
    return typed.getValue() instanceof String text ? text : JsonValues.plain(typed.getValue());
  }

  /** The value as trimmed text; empty when absent. */
  public String text(String name) {
    return Values.text(value(name));
  }

  public TypedValue typed(String name) {
    return values.get(name);
  }
}
