package cn.supervisiontalk.talk;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The planned date of a talk: a real date, not in the past. */
@Component
public class PlannedDate {

  private final Deadlines deadlines;

  public PlannedDate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The planned date, or null with the problem noted. */
  public LocalDate check(Object value, Problems problems) {
    LocalDate planned = Dates.tryParse(value);
    if (planned == null) {
      problems.add("请填写有效的计划谈话日期");
    } else if (planned.isBefore(deadlines.today())) {
      problems.add("计划谈话日期不能早于今天");
    }
    return planned;
  }
}
