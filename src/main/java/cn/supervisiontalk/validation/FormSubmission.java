package cn.supervisiontalk.validation;

import cn.supervisiontalk.validation.FormSchemas.Field;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Takes a {@link Submission} in, on every user task (complete) and every start event (start), before
 * any listener of the model runs:
 * <ul>
 *   <li>a person may hand in only the fields of the form they filled in; anything else (a name the
 *       form does not have, such as {@code talkerId} or {@code resultsDue}) is refused and nothing is
 *       stored;</li>
 *   <li>the form's rules are checked ({@link FormValidator}), its pickers holding the choices the
 *       person was offered ({@link FormOptions});</li>
 *   <li>the fields a person chooses or enters as data (decisions, dates, choices, ids) become process
 *       variables for the model to route on; free text ({@code textarea}) does not: the talk's
 *       listeners keep it in the talk's record.</li>
 * </ul>
 * The application's own starts and completions (and tests through the Java API) may hand in
 * further routing values, such as the plan item a talk comes from.
 */
@Component
public class FormSubmission implements TaskListener, ExecutionListener {

  private final FormSchemas schemas;
  private final FormValidator validator;
  private final FormOptions options;

  public FormSubmission(FormSchemas schemas, FormValidator validator, FormOptions options) {
    this.schemas = schemas;
    this.validator = validator;
    this.options = options;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission submission = Submission.ofTask(task.getId());
    take(options.fill(schemas.ofTask(task), FormContext.of(task)), submission,
        (name, value) -> task.getExecution().setVariable(name, value));
  }

  @Override
  public void notify(DelegateExecution execution) {
    Submission submission = Submission.takeStart(execution.getProcessDefinitionId(),
        execution.getProcessEngine().getRepositoryService()
            .getProcessDefinition(execution.getProcessDefinitionId()).getKey());
    if (submission == null) {
      return; // started by a call activity, a timer or a message: the caller set its variables
    }
    take(options.fill(schemas.ofStart(execution), FormContext.START), submission,
        execution::setVariable);
  }

  private void take(JsonNode schema, Submission submission, BiConsumer<String, Object> setVariable) {
    Map<String, Field> fields = schema == null ? Map.of() : FormSchemas.fields(schema).stream()
        .collect(Collectors.toMap(Field::key, f -> f, (a, b) -> a));
    if (submission.fromPerson()) {
      List<String> unknown = submission.names().stream().filter(n -> !fields.containsKey(n)).toList();
      if (!unknown.isEmpty()) {
        throw Problems.single("提交的内容含有表单以外的项目(" + String.join("、", unknown)
            + "),未保存。请只提交表单中的内容。");
      }
    }
    if (schema != null) {
      validator.check(schema, submission::value);
    }
    for (String name : submission.names()) {
      Field field = fields.get(name);
      boolean routing = field == null ? !submission.fromPerson() : !field.readOnly() && !field.isText();
      if (routing) {
        setVariable.accept(name, submission.typed(name));
      }
    }
  }
}
