package cn.supervisiontalk.validation;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Supplies what a task's form shows, by field key, from the application's records. Each domain
 * answers for the keys it knows; a key nobody knows is left empty.
 */
public interface FormValueSource {

  /** Values for those of the keys this source knows, for this task. */
  Map<String, Object> values(DelegateTask task, Set<String> keys);
}
