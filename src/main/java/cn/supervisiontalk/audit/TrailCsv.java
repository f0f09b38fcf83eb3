package cn.supervisiontalk.audit;

import cn.supervisiontalk.audit.TrailQuery.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The trail as CSV for the auditor: UTF-8 with a byte order mark (so Excel and WPS open it as
 * UTF-8), Chinese headers, one line per row. A cell starting with = + - @ is prefixed with an
 * apostrophe so a spreadsheet never runs it as a formula.
 */
final class TrailCsv {

  static final List<String> HEADERS = List.of("序号", "时间", "操作人", "来源地址", "操作", "操作代码",
      "对象类型", "对象", "结果", "HTTP状态", "说明", "前一哈希", "哈希");

  private TrailCsv() {
  }

  static void header(Writer out) {
    write(out, "\uFEFF" + line(HEADERS.stream()));
  }

  static void row(Writer out, View v) {
    write(out, line(Stream.of(v.seq(), v.occurredAt(), v.actor(), v.remoteAddress(), v.actionName(),
        v.action(), v.objectType(), v.objectId(), v.outcomeName(), v.httpStatus(), v.detail(),
        v.prevHash(), v.hash())));
  }

  private static String line(Stream<?> cells) {
    return cells.map(cell -> cell(Objects.toString(cell, ""))).collect(Collectors.joining(","))
        + "\r\n";
  }

  static String cell(String value) {
    String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
