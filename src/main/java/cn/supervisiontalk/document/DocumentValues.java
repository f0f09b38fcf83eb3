package cn.supervisiontalk.document;

import cn.supervisiontalk.deadline.Deadlines;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Values as the templates take them: a text people wrote as its paragraphs, each item of a list
 * with its number, a day as 2027年3月3日. Every item is a map, so a template names its parts
 * ({@code {{text}}}, {@code {{no}}}).
 */
public final class DocumentValues {

  /** Where a date or a decision is not there (yet): a dash, as the archive text shows it. */
  public static final String NONE = "—";

  private DocumentValues() {
  }

  /** The text's paragraphs, one a line, blank lines left out: each as {@code {{text}}}. */
  public static List<Map<String, Object>> paragraphs(Object text) {
    List<Map<String, Object>> paragraphs = new ArrayList<>();
    if (text == null) {
      return paragraphs;
    }
    for (String line : String.valueOf(text).split("\\R")) {
      if (!line.isBlank()) {
        paragraphs.add(Map.of("text", line.strip()));
      }
    }
    return paragraphs;
  }

  /** The items in their order, each as {@code {{no}}} (from 1) and {@code {{text}}}. */
  public static List<Map<String, Object>> numbered(List<?> items) {
    List<Map<String, Object>> numbered = new ArrayList<>();
    if (items == null) {
      return numbered;
    }
    for (Object item : items) {
      numbered.add(Map.of("no", numbered.size() + 1, "text", String.valueOf(item)));
    }
    return numbered;
  }

  /** 2027年3月3日, or a dash. */
  public static String day(LocalDate day) {
    return day == null ? NONE : Deadlines.dayText(day);
  }

  /** The day of this moment in the committee's time zone, or a dash. */
  public static String day(OffsetDateTime time, ZoneId zone) {
    return time == null ? NONE : day(time.atZoneSameInstant(zone).toLocalDate());
  }

  /** The text, or an empty one: a template shows nothing for a value not there. */
  public static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
