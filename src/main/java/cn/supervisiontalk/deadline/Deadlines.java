package cn.supervisiontalk.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadline arithmetic in China Standard Time, whatever the server's zone. A deadline falls at the
 * end of its day; "one month after 31 January" is the last day of February (article 11). Used by
 * the process models as {@code deadlines}.
 */
@Component("deadlines")
public class Deadlines {

  /**
   * The day the regulation took effect: 《党委(党组)对下级党组织“一把手”开展监督谈话工作办法》 was issued
   * by the General Office of the CPC Central Committee on 30 January 2026 and applies from the day
   * it was issued (article 20). No supervision talk under it can have been held before.
   */
  public static final LocalDate REGULATION_IN_FORCE = LocalDate.of(2026, 1, 30);

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日24时前");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final ZoneId zone;
  private final int reminderDays;

  public Deadlines(@Value("${supervision-talk.time-zone:Asia/Shanghai}") String zone,
      @Value("${supervision-talk.reminder-days:7}") int reminderDays) {
    this.zone = ZoneId.of(zone);
    this.reminderDays = reminderDays;
  }

  /**
   * The end of the day that lies the given calendar months after the talk; a month without that
   * day gives its last day. How many months is the decision table rectification-deadlines.dmn
   * (article 11: measures one, results three, both counted from the talk).
   */
  public Date monthsAfter(Object talkDate, int months) {
    return endOf(Dates.toLocalDate(talkDate).plusMonths(months));
  }

  /** The end of the day before the given date: work to be ready "before" that day. */
  public Date dayBefore(Object date) {
    return endOf(Dates.toLocalDate(date).minusDays(1));
  }

  /**
   * When preparation for a talk is due: the end of the day before the talk, but never already past
   * when the work is handed out (a talk planned for today or tomorrow gives until tonight).
   */
  public Date preparationDue(Object plannedTalkDate) {
    LocalDate dayBefore = Dates.toLocalDate(plannedTalkDate).minusDays(1);
    return endOf(dayBefore.isBefore(today()) ? today() : dayBefore);
  }

  /** The end of the given day in China time. */
  public Date endOf(Object date) {
    return Date.from(ZonedDateTime.of(Dates.toLocalDate(date), END_OF_DAY, zone).toInstant());
  }

  /** When to remind the person: the configured number of days before the deadline. */
  public Date reminderAt(Date deadline) {
    return Date.from(deadline.toInstant().atZone(zone).minusDays(reminderDays).toInstant());
  }

  /** Today in China time, by the engine's clock (which tests may move). */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** Whole days from now until the deadline; negative once it has passed. */
  public long daysLeft(Date deadline) {
    return java.time.temporal.ChronoUnit.DAYS.between(today(),
        deadline.toInstant().atZone(zone).toLocalDate());
  }

  /** Now by the engine's clock, for records. */
  public OffsetDateTime now() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  /**
   * A deadline as a message writes it: 「3月31日24时前」 (the end of its day in China time, as the
   * offices write deadlines).
   */
  public String dueText(Date deadline) {
    return DUE.format(deadline.toInstant().atZone(zone));
  }

  /** A deadline kept as a time with its offset, written the same way. */
  public String dueText(OffsetDateTime deadline) {
    return DUE.format(deadline.atZoneSameInstant(zone));
  }

  /** A calendar day as a message writes it: 「2027年3月1日」. */
  public static String dayText(LocalDate day) {
    return DAY.format(day);
  }

  public ZoneId zone() {
    return zone;
  }

  public int reminderDays() {
    return reminderDays;
  }
}
