package cn.supervisiontalk.validation;

import java.util.Set;

/**
 * Gives a field a default that depends on the day or on the task, which form-js cannot compute
 * itself: a form names it in the field's custom property {@code default}, e.g.
 * {@code "properties": {"default": "nextPlanYear"}}, and the field's {@code defaultValue} is set
 * when the form is handed out. Implementations live in the domain packages.
 */
public interface FormDefaultSource {

  /** The names of the defaults this source gives, as forms write them. */
  Set<String> defaults();

  /**
   * The default's current value (a number, a text, or a list of values for a checklist); null
   * when there is none in this context.
   */
  Object value(String name, FormContext context);
}
