package cn.supervisiontalk.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Chinese translations of the Camunda webapps against the English originals.
 *
 * <p>The English {@code en.json} is read from the camunda-webapp-webjar on the classpath, so after a
 * Camunda upgrade every new or changed label shows up here by key. Both the webjar and our {@code
 * src/main/resources} contribute to the same classpath folder: {@code en.json} only exists in the
 * jar, {@code zh.json} only in our resources.
 */
class WebappLocaleTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** Angular-translate interpolations such as {@code {{count}}} or {@code {{ name }}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");

  /**
   * The English plural suffix "s" (appended to a noun by a few batch/migration templates) has no
   * Chinese equivalent; a whitespace-only translation is accepted for it and for nothing else.
   */
  private static final String PLURAL_SUFFIX = "s";

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void chineseLabelsCoverEveryEnglishLabel(String app) throws IOException {
    Map<String, String> english = labels(app, "en");
    Map<String, String> chinese = labels(app, "zh");
    assertTrue(english.size() > 100, app + ": suspiciously few English labels: " + english.size());

    List<String> problems = new ArrayList<>();
    english.forEach(
        (key, en) -> {
          String zh = chinese.get(key);
          if (zh == null) {
            problems.add(key + ": missing");
          } else if (zh.isEmpty() || (zh.isBlank() && !PLURAL_SUFFIX.equals(en))) {
            problems.add(key + ": empty");
          } else if (!placeholders(en).equals(placeholders(zh))) {
            problems.add(
                key + ": placeholders " + placeholders(zh) + " instead of " + placeholders(en));
          }
        });
    if (!problems.isEmpty()) {
      fail(
          app
              + "/locales/zh.json has "
              + problems.size()
              + " problem(s):\n  "
              + String.join("\n  ", problems));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void chineseDateLocaleHasTheEnglishShape(String app) throws IOException {
    JsonNode english = read(app, "en").path("dateLocales");
    JsonNode chinese = read(app, "zh").path("dateLocales");
    assertTrue(chinese.isObject(), app + "/locales/zh.json: dateLocales missing");
    if (english.isObject()) {
      assertEquals(shape(english), shape(chinese), app + "/locales/zh.json: dateLocales shape");
    }
  }

  /** All labels, nested objects flattened to dotted keys, in file order. */
  private static Map<String, String> labels(String app, String locale) throws IOException {
    JsonNode labels = read(app, locale).path("labels");
    assertTrue(labels.isObject(), app + "/locales/" + locale + ".json: no \"labels\" object");
    Map<String, String> flat = new LinkedHashMap<>();
    flatten("", labels, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      if (field.getValue().isObject()) {
        flatten(key + ".", field.getValue(), into);
      } else {
        into.put(key, field.getValue().asText());
      }
    }
  }

  private static JsonNode read(String app, String locale) throws IOException {
    String path = String.format(LOCALES, app, locale);
    List<URL> found = Collections.list(WebappLocaleTest.class.getClassLoader().getResources(path));
    assertEquals(1, found.size(), path + " should be on the classpath exactly once: " + found);
    try (InputStream in = found.get(0).openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) { // the webjar's files start with a byte order mark
        text = text.substring(1);
      }
      return JSON.readTree(text);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    Collections.sort(names);
    return names;
  }

  /** Object keys with the node types (and array lengths) below them, values left out. */
  private static String shape(JsonNode node) {
    if (node.isObject()) {
      StringBuilder sb = new StringBuilder("{");
      node.fieldNames().forEachRemaining(name -> sb.append(name).append(':').append(shape(node.get(name))).append(','));
      return sb.append('}').toString();
    }
    if (node.isArray()) {
      return "[" + node.size() + "]";
    }
    return node.getNodeType().name();
  }
}
