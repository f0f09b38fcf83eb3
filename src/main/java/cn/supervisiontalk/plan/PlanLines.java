package cn.supervisiontalk.plan;

import cn.supervisiontalk.validation.JsonValues;
import cn.supervisiontalk.validation.Lines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual plan's items as the office writes them in the draft (forms/draft-annual-plan.form), one
 * item a line:
 *
 * <pre>党组织，谈话人，计划月份，责任单位，计划依据[、计划依据…][；备注]</pre>
 *
 * The parts are separated by "，" "," "、" or a tab (as pasted from a spreadsheet); everything after
 * the responsible unit is the basis, one word or several; a note may follow a "；" or ";". Blank lines
 * and leading numbering ("1." "2、") are ignored; problems are reported by line ("第3行"). REST
 * callers may send the same text, or a JSON list of objects ({@code organizationId, talkerId,
 * plannedMonth, responsibleUnit, basis, note}), reported by item ("第3项").
 */
public final class PlanLines {

  /** Between the parts of a line. */
  static final Pattern SEPARATOR = Pattern.compile("[,，、､\\t]");
  /** Before the note. */
  static final Pattern NOTE = Pattern.compile("[;；]");
  static final String ORDER = "党组织、谈话人、计划月份、责任单位、计划依据";

  private PlanLines() {
  }

  /**
   * One item as entered, not yet checked. {@code where} is "第3行" or "第3项"; {@code formatError}
   * is set when the line cannot be split into its parts.
   */
  public record Entry(String where, String organization, String talker, String month, String unit,
      List<String> basis, String note, String formatError) {
  }

  /** The items in the submitted value: line text, or a JSON list of objects. */
  public static List<Entry> read(Object value) {
    Object plain;
    try {
      plain = JsonValues.plain(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("定期谈话事项应每行写一项;以“[”开头的内容按 JSON 列表读取,但它不是有效的 JSON");
    }
    if (plain == null) {
      return List.of();
    }
    if (plain instanceof List<?> list) {
      return fromList(list, "项");
    }
    if (plain instanceof String text) {
      return fromText(text);
    }
    throw new IllegalArgumentException("定期谈话事项应为每行一项的文字,或 JSON 列表");
  }

  private static List<Entry> fromText(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      List<String> line = Lines.of(lines[i]);
      if (!line.isEmpty()) {
        entries.add(parse("第" + (i + 1) + "行", line.get(0)));
      }
    }
    return entries;
  }

  /** One line: its parts in order, the note after the first semicolon. */
  static Entry parse(String where, String line) {
    String main = line;
    String note = "";
    Matcher semicolon = NOTE.matcher(line);
    if (semicolon.find()) {
      main = line.substring(0, semicolon.start());
      note = line.substring(semicolon.end()).trim();
    }
    List<String> parts = Arrays.stream(SEPARATOR.split(main, -1)).map(String::trim).toList();
    if (parts.size() < 4) {
      List<String> written = parts.stream().filter(p -> !p.isEmpty()).map(p -> "“" + p + "”").toList();
      return new Entry(where, "", "", "", "", List.of(), note, "只写了" + written.size() + "项"
          + (written.isEmpty() ? "" : "(" + String.join("", written) + ")") + ",应依次写" + ORDER
          + ",各项之间用逗号“，”或“,”、顿号“、”或制表符分隔");
    }
    List<String> basis = parts.subList(4, parts.size()).stream().filter(p -> !p.isEmpty()).toList();
    return new Entry(where, parts.get(0), parts.get(1), parts.get(2), parts.get(3), basis, note, null);
  }

  /** The rows of the plan table (PlanTable), objects as in a JSON list, reported by row ("第3行"). */
  public static List<Entry> rows(List<?> rows) {
    return fromList(rows, "行");
  }

  private static List<Entry> fromList(List<?> list, String counted) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "第" + (i + 1) + counted;
      if (!(list.get(i) instanceof Map<?, ?> item)) {
        entries.add(new Entry(where, "", "", "", "", List.of(), "", "应为含 organizationId、talkerId、"
            + "plannedMonth、responsibleUnit、basis 的对象"));
        continue;
      }
      entries.add(new Entry(where, text(item.get("organizationId")), text(item.get("talkerId")),
          month(item.get("plannedMonth")), text(item.get("responsibleUnit")), basis(item.get("basis")),
          text(item.get("note")), null));
    }
    return entries;
  }

  private static List<String> basis(Object value) {
    List<String> words = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> words.add(text(v)));
    } else {
      words.addAll(Arrays.asList(SEPARATOR.split(text(value))));
    }
    return words.stream().map(String::trim).filter(w -> !w.isEmpty()).toList();
  }

  /** One item as a line of the draft. */
  public static String line(String organization, String talker, int month, String unit,
      List<String> basisWords, String note) {
    String line = String.join("，", organization, talker, month + "月", unit,
        String.join("、", basisWords));
    return note == null || note.isBlank() ? line : line + "；" + note.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** Whether a name can stand as one part of a line. */
  static boolean fitsInLine(String name) {
    return name != null && !name.isBlank() && !SEPARATOR.matcher(name).find()
        && !NOTE.matcher(name).find() && !name.contains("\n");
  }

  private static String month(Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return String.valueOf(n.longValue());
    }
    return text(value);
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }
}
