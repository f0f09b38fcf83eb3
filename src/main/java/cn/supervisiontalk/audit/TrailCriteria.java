package cn.supervisiontalk.audit;

import cn.supervisiontalk.audit.TrailEntry.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The auditor's filters on the trail: {@code from} and {@code to} (days, yyyy-MM-dd, both included,
 * in the application's time zone), {@code actor}, {@code action} (code), {@code objectId},
 * {@code outcome} (succeeded, refused, failed), and the page ({@code page} from 1, {@code size} at
 * most 100). Bad values are refused with a Chinese 400.
 */
record TrailCriteria(Instant from, Instant to, String actor, String action, String objectId,
    Outcome outcome, int page, int size) {

  static final int MAX_SIZE = 100;
  private static final Set<String> KNOWN = Set.of("from", "to", "actor", "action", "objectId",
      "outcome", "page", "size");

  static TrailCriteria of(Map<String, String> parameters, ZoneId zone) {
    for (String name : parameters.keySet()) {
      if (!KNOWN.contains(name)) {
        throw bad("不支持的查询参数“" + name + "”,可用: from、to、actor、action、objectId、outcome、page、size");
      }
    }
    LocalDate fromDay = day(parameters.get("from"), "from");
    LocalDate toDay = day(parameters.get("to"), "to");
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw bad("结束日期(to)不能早于开始日期(from)");
    }
    String action = text(parameters.get("action"));
    if (action != null && !TrailAction.known(action)) {
      throw bad("未知的操作代码“" + action + "”");
    }
    Outcome outcome = null;
    String outcomeText = text(parameters.get("outcome"));
    if (outcomeText != null) {
      try {
        outcome = Outcome.ofCode(outcomeText);
      } catch (IllegalArgumentException e) {
        throw bad("结果(outcome)应为 succeeded(成功)、refused(拒绝)或 failed(失败)");
      }
    }
    int page = number(parameters.get("page"), 1, "page");
    int size = number(parameters.get("size"), 20, "size");
    if (page < 1) {
      throw bad("页码(page)从 1 开始");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw bad("每页条数(size)应在 1 至 " + MAX_SIZE + " 之间");
    }
    return new TrailCriteria(fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
        toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(),
        text(parameters.get("actor")), action, text(parameters.get("objectId")), outcome, page, size);
  }

  /** The where clause ({@code where …} or empty) and its arguments, in order. */
  String where(List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    add(conditions, arguments, "occurred_at >= ?", from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    add(conditions, arguments, "occurred_at < ?", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
    add(conditions, arguments, "actor = ?", actor);
    add(conditions, arguments, "action = ?", action);
    add(conditions, arguments, "object_id = ?", objectId);
    add(conditions, arguments, "outcome = ?", outcome == null ? null : outcome.code());
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static void add(List<String> conditions, List<Object> arguments, String condition,
      Object value) {
    if (value != null) {
      conditions.add(condition);
      arguments.add(value);
    }
  }

  private static LocalDate day(String value, String name) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw bad("日期(" + name + ")“" + text + "”格式不正确,应写作 2026-12-30");
    }
  }

  private static int number(String value, int fallback, String name) {
    String text = text(value);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw bad("“" + name + "”应为整数,收到“" + text + "”");
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ResponseStatusException bad(String reason) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
  }
}
