package cn.supervisiontalk.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads a calendar date from what forms and REST callers send: "2026-03-15", an ISO date-time or a Date. */
public final class Dates {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Dates() {
  }

  public static LocalDate toLocalDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(CHINA).toLocalDate();
    }
    if (value instanceof String text && !text.isBlank()) {
      String trimmed = text.trim();
      try {
        if (trimmed.length() == 10) {
          return LocalDate.parse(trimmed);
        }
        try {
          return OffsetDateTime.parse(trimmed).atZoneSameInstant(CHINA).toLocalDate();
        } catch (DateTimeParseException e) {
          return LocalDateTime.parse(trimmed).toLocalDate();
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("不是有效的日期: " + text);
      }
    }
    throw new IllegalArgumentException("缺少日期");
  }

  /** The date, or null when the value is missing or not a date. */
  public static LocalDate tryParse(Object value) {
    try {
      return value == null ? null : toLocalDate(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
