package cn.supervisiontalk.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form a task or start event shows (formRef binding as the model says). A deployed
 * form definition never changes, so its schema is read and parsed once per definition and shared:
 * callers read it and never change it ({@link FormOptions#fill} works on a copy).
 */
@Component
public class FormSchemas {

  /** More form definitions than this (many redeployments of every form) start the cache afresh. */
  private static final int MAX_CACHED = 500;

  /** One field of a form: its key, its type and whether the person fills it in. */
  public record Field(String key, String type, boolean readOnly) {
    /** Free text a person writes: kept in the talk's record, never in the engine. */
    public boolean isText() {
      return type.equals("textarea");
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();
  private final DeployedForms forms;

  public FormSchemas(DeployedForms forms) {
    this.forms = forms;
  }

  /** The schema of the task's form, or null when the task has none. */
  public JsonNode ofTask(DelegateTask task) {
    return schema(forms.ofTask(task));
  }

  /** The schema of the process's start form, or null when it has none. */
  public JsonNode ofStart(DelegateExecution execution) {
    return schema(forms.ofStart(execution.getProcessDefinitionId()));
  }

  private JsonNode schema(String formDefinitionId) {
    if (formDefinitionId == null) {
      return null;
    }
    JsonNode schema = parsed.get(formDefinitionId);
    if (schema == null) {
      schema = parse(forms.content(formDefinitionId));
      if (parsed.size() >= MAX_CACHED) {
        parsed.clear();
      }
      parsed.put(formDefinitionId, schema);
    }
    return schema;
  }

  /** Every field of the schema with a key, groups and lists opened. */
  public static List<Field> fields(JsonNode schema) {
    List<Field> fields = new ArrayList<>();
    collect(schema.path("components"), fields);
    return fields;
  }

  /** The names the form's texts quote as {@code {{name}}} (texts, labels, descriptions). */
  public static Set<String> templateNames(JsonNode schema) {
    Set<String> names = new HashSet<>();
    Matcher quoted = TEMPLATE.matcher(schema.toString());
    while (quoted.find()) {
      names.add(quoted.group(1));
    }
    return names;
  }

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("group")) {
        collect(component.path("components"), fields);
      } else if (type.equals("dynamiclist")) {
        fields.add(new Field(component.path("path").asText(), type, false));
      } else if (component.hasNonNull("key")) {
        fields.add(new Field(component.get("key").asText(), type,
            component.path("readonly").asBoolean() || component.path("disabled").asBoolean()));
      }
    }
  }

  private JsonNode parse(InputStream form) {
    try (InputStream in = form) {
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("无法读取表单定义", e);
    }
  }
}
