package cn.supervisiontalk.monitoring;

import cn.supervisiontalk.notification.NoticeKind;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The product's figures for /actuator/prometheus (Grafana: ops/grafana/supervision-talk.json),
 * beside the JVM, HTTP and database-pool figures Spring Boot publishes: open work by stage, overdue
 * tasks by role, jobs due, locked and failed, the lag of the oldest due timer, notices and
 * supervision sent. The figures are read every {@code supervision-talk.metrics.refresh} (15 s), not
 * at every scrape, so that many scrapers cost the database nothing more.
 */
@Component
class WorkMetrics implements MeterBinder {

  private final WorkFigures figures;
  private final AtomicReference<WorkFigures.Jobs> jobs =
      new AtomicReference<>(new WorkFigures.Jobs(0, 0, 0, java.time.Duration.ZERO));
  private final AtomicReference<Map<String, Long>> notices = new AtomicReference<>(Map.of());
  private volatile long escalations;
  private MultiGauge stages;
  private MultiGauge overdue;

  WorkMetrics(WorkFigures figures) {
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    stages = MultiGauge.builder("supervision_talk_open_instances")
        .description("运行中的流程实例数, 按流程和当前环节").register(registry);
    overdue = MultiGauge.builder("supervision_talk_tasks_overdue")
        .description("已超过办理期限的任务数, 按候选用户组(或仅有办理人的 assignee)").register(registry);
    for (String state : new String[] {"due", "locked", "failed"}) {
      Gauge.builder("supervision_talk_jobs", jobs, j -> switch (state) {
        case "due" -> j.get().due();
        case "locked" -> j.get().locked();
        default -> j.get().failed();
      }).tag("state", state).description("流程引擎的作业(定时器、异步环节): 到期待执行、执行中、失败")
          .register(registry);
    }
    Gauge.builder("supervision_talk_timer_lag_seconds", jobs,
            j -> j.get().timerLag().toMillis() / 1000.0)
        .description("最早一个已到期但尚未执行的定时器已等待的秒数").register(registry);
    for (NoticeKind kind : NoticeKind.values()) {
      FunctionCounter.builder("supervision_talk_notices", notices,
              n -> n.get().getOrDefault(kind.name(), 0L))
          .tag("kind", kind.name()).description("已发出的通知和提醒: " + kind.label())
          .register(registry);
    }
    FunctionCounter.builder("supervision_talk_escalations", this, m -> m.escalations)
        .description("对逾期整改措施或整改情况的督办次数").register(registry);
  }

  /** Scheduled tasks start once the context (and so the engine and its schema) is ready. */
  @Scheduled(fixedDelayString = "${supervision-talk.metrics.refresh:PT15S}")
  void refresh() {
    if (stages == null) {
      return;
    }
    Instant now = Instant.now();
    stages.register(figures.openStages().stream()
        .map(s -> MultiGauge.Row.of(Tags.of("process", s.process(), "stage", s.stage()), s.instances()))
        .toList(), true);
    overdue.register(figures.overdue(now).stream()
        .map(o -> MultiGauge.Row.of(Tags.of("role", o.role()), o.tasks()))
        .toList(), true);
    jobs.set(figures.jobs(now));
    notices.set(figures.noticesByKind());
    escalations = figures.escalations();
  }
}
