package cn.supervisiontalk.validation;

import cn.supervisiontalk.validation.FormSchemas.Field;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * On creating a task: puts on the task itself, as its own variables, exactly what its form shows
 * (the read-only fields, the names its texts quote as {@code {{name}}}, the names on the Tasklist
 * card), taken from the records. Whoever may work
 * on the task reads these and nothing of the rest of the talk (article 16). A text longer than the
 * engine's string limit is kept as a JSON string, which Tasklist shows as text.
 */
@Component
public class TaskFormValues implements TaskListener {

  /** The names Tasklist's task cards show (see the task filters). */
  public static final List<String> CARD = List.of("talkeeName", "organizationName", "talkerName");

  private static final int ENGINE_STRING_LIMIT = 4000;

  private final FormSchemas schemas;
  private final List<FormValueSource> sources;

  public TaskFormValues(FormSchemas schemas, @Lazy List<FormValueSource> sources) {
    this.schemas = schemas;
    this.sources = sources;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> keys = new HashSet<>(CARD);
    JsonNode schema = schemas.ofTask(task);
    if (schema != null) {
      // a task a modeller added without a form shows its card only
      FormSchemas.fields(schema).stream().filter(Field::readOnly).map(Field::key).forEach(keys::add);
      keys.addAll(FormSchemas.templateNames(schema));
    }
    for (FormValueSource source : sources) {
      for (Map.Entry<String, Object> value : source.values(task, keys).entrySet()) {
        task.setVariableLocal(value.getKey(), shown(value.getValue()));
      }
    }
  }

  private static Object shown(Object value) {
    if (value instanceof String text && text.length() > ENGINE_STRING_LIMIT) {
      return Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON)
          .create();
    }
    return value;
  }
}
