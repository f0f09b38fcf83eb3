package cn.supervisiontalk.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures operators watch, read from the engine's runtime tables and the application's own
 * record (never from history): open work by process and stage, overdue tasks by role, the
 * background jobs and how late the timers fire, the notices and the supervision (督办) sent.
 * Counts only: no name and nothing of a talk's content.
 */
@Component
class WorkFigures {

  /** Open work: running process instances with a task at this step. */
  record Stage(String process, String stage, long instances) {
  }

  /** Overdue tasks offered to a group ({@code role}), or assigned to a person only ("assignee"). */
  record Overdue(String role, long tasks) {
  }

  record Jobs(long due, long locked, long failed, Duration timerLag) {
  }

  private final JdbcClient jdbc;

  WorkFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Stage> openStages() {
    return jdbc.sql("""
        select d.KEY_ as process, t.TASK_DEF_KEY_ as stage, count(distinct t.PROC_INST_ID_) as n
        from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
        group by d.KEY_, t.TASK_DEF_KEY_""")
        .query((row, i) -> new Stage(row.getString("process"), row.getString("stage"), row.getLong("n")))
        .list();
  }

  List<Overdue> overdue(Instant now) {
    return jdbc.sql("""
        select coalesce(i.GROUP_ID_, 'assignee') as role, count(distinct t.ID_) as n
        from ACT_RU_TASK t left join ACT_RU_IDENTITYLINK i
          on i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
        where t.DUE_DATE_ < ?
        group by coalesce(i.GROUP_ID_, 'assignee')""")
        .param(Timestamp.from(now))
        .query((row, i) -> new Overdue(row.getString("role"), row.getLong("n")))
        .list();
  }

  Jobs jobs(Instant now) {
    Timestamp at = Timestamp.from(now);
    long due = jdbc.sql("""
        select count(*) from ACT_RU_JOB
        where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= ?)
          and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < ?)""")
        .params(at, at).query(Long.class).single();
    long locked = jdbc.sql("select count(*) from ACT_RU_JOB where LOCK_EXP_TIME_ >= ?")
        .param(at).query(Long.class).single();
    long failed = jdbc.sql("select count(*) from ACT_RU_JOB where RETRIES_ = 0")
        .query(Long.class).single();
    Timestamp oldest = jdbc.sql("""
        select min(DUEDATE_) from ACT_RU_JOB
        where HANDLER_TYPE_ like 'timer%' and RETRIES_ > 0 and SUSPENSION_STATE_ = 1
          and DUEDATE_ <= ? and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < ?)""")
        .params(at, at).query(Timestamp.class).optional().orElse(null);
    Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
    return new Jobs(due, locked, failed, lag.isNegative() ? Duration.ZERO : lag);
  }

  /** Notices written so far, by kind (notification.kind). */
  Map<String, Long> noticesByKind() {
    return jdbc.sql("select kind, count(*) as n from notification group by kind")
        .query((row, i) -> Map.entry(row.getString("kind"), row.getLong("n")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Supervision recorded on overdue measures or results (talk_escalation). */
  long escalations() {
    return jdbc.sql("select count(*) from talk_escalation").query(Long.class).single();
  }
}
