package cn.supervisiontalk.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code supervision-talk.trail.*}: how many days the access trail is kept (at least 180, the
 * minimum of 等级保护 for security audit records; a smaller value refuses start-up) and when the
 * daily purge runs (cron, in {@code supervision-talk.time-zone}).
 */
@ConfigurationProperties("supervision-talk.trail")
public record TrailSettings(@DefaultValue("180") int retentionDays,
    @DefaultValue("0 30 2 * * *") String purgeCron) {

  public static final int MINIMUM_DAYS = 180;

  public TrailSettings {
    if (retentionDays < MINIMUM_DAYS) {
      throw new IllegalArgumentException("访问留痕的保存期限 supervision-talk.trail.retention-days 为 "
          + retentionDays + " 天,不得少于 " + MINIMUM_DAYS + " 天(安全审计记录至少保存六个月)。请修改配置后重新启动。");
    }
  }
}
