package cn.supervisiontalk.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads structured variables whatever way they arrived: Camunda Forms submit lists as Json
 * variables, REST callers may send a JSON string, Java code sets plain lists.
 */
public final class JsonValues {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonValues() {
  }

  /** A list of objects; an empty list when the value is missing. Throws when it is not a list. */
  public static List<Map<String, Object>> objects(Object value) {
    Object plain = plain(value);
    if (plain == null) {
      return List.of();
    }
    if (plain instanceof List<?> list) {
      return list.stream().map(JsonValues::asObject).toList();
    }
    throw new IllegalArgumentException("不是列表");
  }

  /** A list of strings; an empty list when the value is missing. */
  public static List<String> strings(Object value) {
    Object plain = plain(value);
    if (plain == null) {
      return List.of();
    }
    if (plain instanceof List<?> list) {
      return list.stream().map(e -> e == null ? "" : String.valueOf(e)).toList();
    }
    if (plain instanceof String text) {
      return text.isBlank() ? List.of() : List.of(text);
    }
    throw new IllegalArgumentException("不是列表");
  }

  /** The value as plain Java: maps, lists, strings, numbers, booleans. */
  public static Object plain(Object value) {
    try {
      if (value instanceof SpinJsonNode node) {
        return MAPPER.readValue(node.toString(), Object.class);
      }
      if (value instanceof String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
          return MAPPER.readValue(trimmed, Object.class);
        }
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("不是有效的 JSON");
    }
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(plain(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static <T> T fromJson(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object element) {
    if (element instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException("列表项不是对象");
  }
}
