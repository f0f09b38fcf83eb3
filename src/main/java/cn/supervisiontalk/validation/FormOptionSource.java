package cn.supervisiontalk.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the choices of a picker from the application's records. A form names the list in the
 * field's custom property {@code options} (form-js "properties"), e.g.
 * {@code "properties": {"options": "organizations"}}; the domain that knows the list answers for
 * it. Implementations live in the domain packages, so this package depends on none of them.
 */
public interface FormOptionSource {

  /** The names of the lists this source fills, as forms write them. */
  Set<String> lists();

  /**
   * The current choices of the list, in the order a person should see them.
   *
   * @param list one of {@link #lists()}
   * @param context the form's start or task
   * @param properties the field's other custom properties (e.g. {@code talkType})
   */
  List<FormOption> options(String list, FormContext context, Map<String, String> properties);
}
