package cn.supervisiontalk.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the annual report is compiled each year: a cron expression (second minute hour day month
 * weekday), by default 08:00 on 1 January. The timer start event of {@code annualReport} reads it as
 * {@code reportSchedule.cron}; a changed value takes effect when the model is next deployed.
 */
@Component("reportSchedule")
public class ReportSchedule {

  private final String cron;

  public ReportSchedule(@Value("${supervision-talk.report.cron:0 0 8 1 1 ?}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
