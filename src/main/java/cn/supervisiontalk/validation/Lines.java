package cn.supervisiontalk.validation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Items written one per line in a text area ("每行写一条"), as a list. Leading numbering people
 * type out of habit ("1.", "2、", "(3)") is dropped; blank lines are ignored.
 */
public final class Lines {

  private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d+\\s*[.、．)）]|[(（]\\d+[)）])\\s*");

  private Lines() {
  }

  public static List<String> of(Object text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(String.valueOf(text).split("\\R"))
        .map(line -> NUMBERING.matcher(line).replaceFirst("").trim())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** The items numbered one per line: "1. …". */
  public static String numbered(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append(i + 1).append(". ").append(items.get(i)).append('\n');
    }
    return text.toString().stripTrailing();
  }
}
