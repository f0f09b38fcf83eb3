package cn.supervisiontalk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article 11 deadlines: calendar months from the talk, end of day in China, any server zone. */
class DeadlinesTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private final TimeZone serverZone = TimeZone.getDefault();
  private final Deadlines deadlines = new Deadlines("Asia/Shanghai", 7);

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(serverZone);
  }

  static Date endOfDay(String day) {
    return Date.from(LocalDate.parse(day).atTime(23, 59, 59).atZone(CHINA).toInstant());
  }

  @ParameterizedTest(name = "谈话 {0}: 措施截止 {1}, 整改情况截止 {2}")
  @CsvSource({
      "2027-01-15, 2027-02-15, 2027-04-15",
      "2027-01-31, 2027-02-28, 2027-04-30",
      "2028-01-31, 2028-02-29, 2028-04-30",
      "2027-11-30, 2027-12-30, 2028-02-29",
      "2026-11-30, 2026-12-30, 2027-02-28",
      "2027-03-31, 2027-04-30, 2027-06-30",
      "2027-12-31, 2028-01-31, 2028-03-31",
      "2027-08-31, 2027-09-30, 2027-11-30"
  })
  void measuresInOneMonthAndResultsInThreeMonthsFromTheTalk(String talk, String measures, String results) {
    assertThat(deadlines.monthsAfter(talk, 1)).isEqualTo(endOfDay(measures));
    assertThat(deadlines.monthsAfter(talk, 3)).isEqualTo(endOfDay(results));
  }

  @Test
  void theServersZoneDoesNotMoveADeadline() {
    Date inChina = deadlines.monthsAfter("2027-01-31", 1);
    for (String zone : new String[] {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"}) {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      assertThat(deadlines.monthsAfter("2027-01-31", 1)).isEqualTo(inChina);
    }
    assertThat(inChina.toInstant().toString()).isEqualTo("2027-02-28T15:59:59Z");
  }

  @Test
  void aDateTimeFromABrowserCountsAsItsChinaDay() {
    // 2027-01-31 08:00 in Beijing, sent as UTC by a browser
    assertThat(Dates.toLocalDate("2027-01-31T00:00:00Z")).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(Dates.toLocalDate("2027-01-30T20:00:00Z")).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(Dates.toLocalDate(Date.from(ZonedDateTime.of(2027, 1, 31, 0, 30, 0, 0, CHINA).toInstant())))
        .isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(Dates.tryParse("31.01.2027")).isNull();
    assertThatThrownBy(() -> Dates.toLocalDate(null)).hasMessage("缺少日期");
  }

  @Test
  void remindersComeTheConfiguredDaysBeforeAndPreparationIsDueTheDayBefore() {
    assertThat(deadlines.reminderAt(endOfDay("2027-02-28"))).isEqualTo(endOfDay("2027-02-21"));
    assertThat(new Deadlines("Asia/Shanghai", 3).reminderAt(endOfDay("2027-02-28")))
        .isEqualTo(endOfDay("2027-02-25"));
    assertThat(deadlines.dayBefore("2027-03-01")).isEqualTo(endOfDay("2027-02-28"));
  }

  @Test
  void preparationIsDueTheDayBeforeTheTalkButNeverAlreadyPast() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse("2027-03-10").atTime(9, 0).atZone(CHINA).toInstant()));
    try {
      assertThat(deadlines.preparationDue("2027-03-20")).isEqualTo(endOfDay("2027-03-19"));
      assertThat(deadlines.preparationDue("2027-03-11")).isEqualTo(endOfDay("2027-03-10"));
      assertThat(deadlines.preparationDue("2027-03-10")).isEqualTo(endOfDay("2027-03-10"));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aDeadlineReadsAsTheOfficesWriteIt() {
    assertThat(deadlines.dueText(deadlines.monthsAfter("2027-01-31", 1))).isEqualTo("2月28日24时前");
    assertThat(deadlines.dueText(deadlines.monthsAfter("2027-11-30", 3))).isEqualTo("2月29日24时前");
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    assertThat(deadlines.dueText(endOfDay("2027-03-31"))).isEqualTo("3月31日24时前");
    assertThat(deadlines.dueText(endOfDay("2027-03-31").toInstant().atOffset(java.time.ZoneOffset.UTC)))
        .isEqualTo("3月31日24时前");
    assertThat(Deadlines.dayText(LocalDate.of(2027, 3, 1))).isEqualTo("2027年3月1日");
  }

  @Test
  void theRegulationTookEffectOnTheDayItWasIssued() {
    assertThat(Deadlines.REGULATION_IN_FORCE).isEqualTo(LocalDate.of(2026, 1, 30));
  }
}
