package cn.supervisiontalk.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Fills a form's pickers and dynamic defaults from the application's records, the same way for
 * the person who is handed the form (Tasklist, REST) and for the check of what they hand in
 * ({@link FormSubmission}), so both see the same choices:
 * <ul>
 *   <li>a select, checklist, taglist or radio with the custom property {@code options} gets as its
 *       {@code values} the current choices of that list ({@link FormOptionSource}), followed by
 *       the choices the form itself lists (e.g. 「新任人员(在下方填写)」);</li>
 *   <li>a field with the custom property {@code default} gets that default as its
 *       {@code defaultValue} ({@link FormDefaultSource}).</li>
 * </ul>
 * Everything else in the form is left as it is. A list or default no source knows leaves the field
 * without choices, so nothing can be chosen from it; the model tests check that every form names
 * known ones.
 */
@Component
public class FormOptions {

  static final String OPTIONS = "options";
  static final String DEFAULT = "default";

  private static final Logger LOG = LoggerFactory.getLogger(FormOptions.class);
  private static final Set<String> PICKERS = Set.of("select", "checklist", "taglist", "radio");

  private final List<FormOptionSource> optionSources;
  private final List<FormDefaultSource> defaultSources;
  private volatile Sources sources;

  /** The sources by the names they answer for. */
  private record Sources(Map<String, FormOptionSource> lists, Map<String, FormDefaultSource> defaults) {
  }

  public FormOptions(@Lazy List<FormOptionSource> optionSources,
      @Lazy List<FormDefaultSource> defaultSources) {
    this.optionSources = optionSources;
    this.defaultSources = defaultSources;
  }

  /** Whether the form has any field to fill; a form without one is handed out unchanged. */
  public static boolean needsFilling(JsonNode schema) {
    return schema != null && !fieldsToFill(schema.path("components")).isEmpty();
  }

  /** A copy of the form with its pickers and defaults filled for this start or task. */
  public JsonNode fill(JsonNode schema, FormContext context) {
    if (!needsFilling(schema)) {
      return schema;
    }
    JsonNode filled = schema.deepCopy();
    for (JsonNode field : fieldsToFill(filled.path("components"))) {
      ObjectNode component = (ObjectNode) field;
      Map<String, String> properties = properties(component);
      String list = properties.get(OPTIONS);
      if (list != null && PICKERS.contains(component.path("type").asText())) {
        fillOptions(component, list, properties, context);
      }
      String name = properties.get(DEFAULT);
      if (name != null) {
        fillDefault(component, name, context);
      }
    }
    return filled;
  }

  /** The lists the application's sources fill. */
  public Set<String> knownLists() {
    return sourcesByName().lists().keySet();
  }

  /** The defaults the application's sources give. */
  public Set<String> knownDefaults() {
    return sourcesByName().defaults().keySet();
  }

  /** Whether the field's choices come from a list of the application, not from the form. */
  static boolean isFilled(JsonNode component) {
    return component.path("properties").hasNonNull(OPTIONS);
  }

  private void fillOptions(ObjectNode component, String list, Map<String, String> properties,
      FormContext context) {
    ArrayNode values = JsonNodeFactory.instance.arrayNode();
    FormOptionSource source = sourcesByName().lists().get(list);
    if (source == null) {
      LOG.warn("表单字段“{}”引用了未知的选项列表“{}”,该字段无可选项", component.path("key").asText(), list);
    } else {
      for (FormOption option : source.options(list, context, properties)) {
        values.addObject().put("label", option.label()).put("value", option.value());
      }
    }
    // choices the form lists itself follow the application's (e.g. a person not yet registered)
    component.path("values").forEach(values::add);
    component.set("values", values);
    component.remove("valuesKey");
    component.remove("valuesExpression");
  }

  private void fillDefault(ObjectNode component, String name, FormContext context) {
    FormDefaultSource source = sourcesByName().defaults().get(name);
    if (source == null) {
      LOG.warn("表单字段“{}”引用了未知的默认值“{}”", component.path("key").asText(), name);
      return;
    }
    Object value = source.value(name, context);
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode list = component.putArray("defaultValue");
      items.forEach(item -> list.add(String.valueOf(item)));
    } else if (value instanceof Integer number) {
      component.put("defaultValue", number);
    } else if (value instanceof Number number) {
      component.put("defaultValue", number.doubleValue());
    } else if (value instanceof Boolean flag) {
      component.put("defaultValue", flag);
    } else {
      component.put("defaultValue", String.valueOf(value));
    }
  }

  private static List<JsonNode> fieldsToFill(JsonNode components) {
    List<JsonNode> found = new ArrayList<>();
    collect(components, found);
    return found;
  }

  private static void collect(JsonNode components, List<JsonNode> found) {
    for (JsonNode component : components) {
      JsonNode properties = component.path("properties");
      if (properties.hasNonNull(OPTIONS) || properties.hasNonNull(DEFAULT)) {
        found.add(component);
      }
      if (component.has("components")) {
        collect(component.path("components"), found);
      }
    }
  }

  private static Map<String, String> properties(JsonNode component) {
    Map<String, String> properties = new LinkedHashMap<>();
    component.path("properties").fields()
        .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
    return properties;
  }

  /** The sources by the names they answer for, gathered once the beans exist. */
  private Sources sourcesByName() {
    Sources known = sources;
    if (known == null) {
      Map<String, FormOptionSource> lists = new HashMap<>();
      Map<String, FormDefaultSource> defaults = new HashMap<>();
      Set<String> twice = new HashSet<>();
      for (FormOptionSource source : optionSources) {
        source.lists().stream().filter(name -> lists.put(name, source) != null).forEach(twice::add);
      }
      for (FormDefaultSource source : defaultSources) {
        source.defaults().stream().filter(name -> defaults.put(name, source) != null).forEach(twice::add);
      }
      if (!twice.isEmpty()) {
        throw new IllegalStateException("表单选项或默认值的名称重复: " + twice);
      }
      known = new Sources(Map.copyOf(lists), Map.copyOf(defaults));
      sources = known;
    }
    return known;
  }
}
