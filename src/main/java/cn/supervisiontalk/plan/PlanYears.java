package cn.supervisiontalk.plan;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormDefaultSource;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Default years for the forms, counted on the engine's clock in the committee's time zone:
 * <ul>
 *   <li>{@code "default": "nextPlanYear"}: the year an annual plan is drawn up for, the next year;
 *       early in the year, before the month {@code supervision-talk.plan.next-year-from-month}
 *       (default April), the current one, whose plan is then still being drawn up (1: always the
 *       next year, 13: always the current one);</li>
 *   <li>{@code "default": "currentYear"}: this year, e.g. the plan year of a regular talk started
 *       by hand.</li>
 * </ul>
 */
@Component
public class PlanYears implements FormDefaultSource {

  static final String NEXT_PLAN_YEAR = "nextPlanYear";
  static final String CURRENT_YEAR = "currentYear";

  private final Deadlines deadlines;
  private final int nextYearFromMonth;

  public PlanYears(Deadlines deadlines,
      @Value("${supervision-talk.plan.next-year-from-month:4}") int nextYearFromMonth) {
    if (nextYearFromMonth < 1 || nextYearFromMonth > 13) {
      throw new IllegalArgumentException(
          "supervision-talk.plan.next-year-from-month 应为1至13(13表示始终为本年度),现为" + nextYearFromMonth);
    }
    this.deadlines = deadlines;
    this.nextYearFromMonth = nextYearFromMonth;
  }

  @Override
  public Set<String> defaults() {
    return Set.of(NEXT_PLAN_YEAR, CURRENT_YEAR);
  }

  @Override
  public Object value(String name, FormContext context) {
    LocalDate today = deadlines.today();
    if (CURRENT_YEAR.equals(name)) {
      return today.getYear();
    }
    return nextPlanYear(today);
  }

  /** The plan year the annual plan's start form proposes on the given day. */
  int nextPlanYear(LocalDate today) {
    return today.getMonthValue() >= nextYearFromMonth ? today.getYear() + 1 : today.getYear();
  }
}
