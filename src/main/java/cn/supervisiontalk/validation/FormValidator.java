package cn.supervisiontalk.validation;

import cn.supervisiontalk.deadline.Dates;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Checks submitted values against the rules of the Camunda Form the person filled in: required
 * fields, lengths, numbers, dates, allowed options, minimum list sizes. The form is the one source
 * of these rules, so a REST caller meets the same checks as a Tasklist user ({@link FormSubmission}
 * applies it to every task and start).
 */
@Component
public class FormValidator {

  static final int TEXTFIELD_MAX = 500;
  static final int TEXTAREA_MAX = 20_000;

  /** Checks the values against the form schema and refuses them with every problem found. */
  public void check(JsonNode schema, Function<String, Object> values) {
    Problems problems = new Problems();
    checkComponents(schema.path("components"), values, "", problems);
    problems.throwIfAny();
  }

  private void checkComponents(JsonNode components, Function<String, Object> values, String prefix,
      Problems problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.path("readonly").asBoolean() || component.path("disabled").asBoolean()) {
        continue;
      }
      if (type.equals("group")) {
        checkComponents(component.path("components"), values, prefix, problems);
      } else if (type.equals("dynamiclist")) {
        checkList(component, values, prefix, problems);
      } else if (component.hasNonNull("key")) {
        checkField(component, values.apply(component.get("key").asText()), prefix, problems);
      }
    }
  }

  private void checkList(JsonNode list, Function<String, Object> values, String prefix,
      Problems problems) {
    String label = prefix + label(list);
    List<Map<String, Object>> items;
    try {
      items = JsonValues.objects(values.apply(list.path("path").asText()));
    } catch (IllegalArgumentException e) {
      problems.add("“" + label + "”应为列表");
      return;
    }
    int minItems = list.path("properties").path("minItems").asInt(0);
    if (items.size() < minItems) {
      problems.add("“" + label + "”至少需要填写" + minItems + "项");
    }
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> item = items.get(i);
      checkComponents(list.path("components"), item::get, label + "第" + (i + 1) + "项的", problems);
    }
  }

  private void checkField(JsonNode field, Object raw, String prefix, Problems problems) {
    String type = field.path("type").asText();
    String label = "“" + prefix + label(field) + "”";
    JsonNode validate = field.path("validate");
    // text is text, even when it looks like JSON; lists may come as JSON text
    boolean text = type.equals("textfield") || type.equals("textarea");
    Object value = text && raw instanceof String ? raw : JsonValues.plain(raw);
    boolean missing = value == null || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> l && l.isEmpty());
    if (missing) {
      if (validate.path("required").asBoolean() && !field.has("conditional")) {
        problems.add("请填写" + label);
      }
      return;
    }
    switch (type) {
      case "textfield", "textarea" -> checkText(field, value, label, problems);
      case "number" -> checkNumber(validate, value, label, problems);
      case "datetime" -> {
        if (Dates.tryParse(value) == null) {
          problems.add(label + "不是有效的日期");
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean checked)) {
          problems.add(label + "只能是“是”或“否”");
        } else if (!checked && validate.path("required").asBoolean()) {
          problems.add("请勾选" + label);
        }
      }
      case "select", "radio" -> checkOption(field, value, label, problems);
      case "checklist", "taglist" -> {
        if (!(value instanceof List<?> chosen)) {
          problems.add(label + "应为列表");
        } else {
          chosen.forEach(v -> checkOption(field, v, label, problems));
        }
      }
      default -> { }
    }
  }

  private void checkText(JsonNode field, Object value, String label, Problems problems) {
    if (!(value instanceof String text)) {
      problems.add(label + "应为文字");
      return;
    }
    int max = field.path("validate").path("maxLength")
        .asInt(field.path("type").asText().equals("textarea") ? TEXTAREA_MAX : TEXTFIELD_MAX);
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      problems.add(label + "不能超过" + max + "个字(现有" + length + "个字)");
    }
    int min = field.path("validate").path("minLength").asInt(0);
    if (length < min) {
      problems.add(label + "至少需要" + min + "个字");
    }
  }

  private void checkNumber(JsonNode validate, Object value, String label, Problems problems) {
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(String.valueOf(value).trim());
      } catch (NumberFormatException e) {
        problems.add(label + "应为数字");
        return;
      }
    }
    if (validate.has("min") && number < validate.get("min").asDouble()) {
      problems.add(label + "不能小于" + validate.get("min").asText());
    }
    if (validate.has("max") && number > validate.get("max").asDouble()) {
      problems.add(label + "不能大于" + validate.get("max").asText());
    }
  }

  /**
   * The value must be one of the field's choices. Choices filled from the application's records
   * ({@link FormOptions}) are binding even when there are none; a field whose choices the task
   * supplies itself ({@code valuesKey}) is checked by its listener.
   */
  private void checkOption(JsonNode field, Object value, String label, Problems problems) {
    JsonNode options = field.path("values");
    if (!FormOptions.isFilled(field) && (!options.isArray() || options.isEmpty())) {
      return;
    }
    String given = String.valueOf(value);
    for (JsonNode option : options) {
      if (option.path("value").asText().equals(given)) {
        return;
      }
    }
    problems.add(label + "的取值“" + abbreviate(given) + "”不在可选范围内" + byName(options, given));
  }

  /** A hint for a caller who sent the name a person reads instead of the choice's value. */
  private static String byName(JsonNode options, String given) {
    for (JsonNode option : options) {
      if (!given.isBlank() && option.path("label").asText().startsWith(given.trim())) {
        return "(“" + option.path("label").asText() + "”应提交“" + option.path("value").asText() + "”)";
      }
    }
    return "";
  }

  private static String label(JsonNode component) {
    String label = component.path(component.has("dateLabel") ? "dateLabel" : "label").asText("");
    return label.isBlank() ? component.path("key").asText(component.path("path").asText()) : label;
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
