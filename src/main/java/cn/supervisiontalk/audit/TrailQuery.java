package cn.supervisiontalk.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The trail's rows for the auditor: a page, newest first, or all of them for the export. */
@Component
class TrailQuery {

  /** The most rows one export holds. */
  static final int EXPORT_LIMIT = 100_000;

  /** One row as the auditor sees it: the stored fields with Chinese names for action and outcome. */
  record View(long seq, String occurredAt, String actor, String remoteAddress, String action,
      String actionName, String objectType, String objectId, String outcome, String outcomeName,
      Integer httpStatus, String detail, String prevHash, String hash) {
  }

  record Page(List<View> rows, long total, int page, int size, long pages) {
  }

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  TrailQuery(JdbcTemplate jdbc, @Value("${supervision-talk.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  Page page(TrailCriteria criteria) {
    List<Object> arguments = new ArrayList<>();
    String where = criteria.where(arguments);
    Long total = jdbc.queryForObject("select count(*) from access_trail" + where, Long.class,
        arguments.toArray());
    long count = total == null ? 0 : total;
    List<View> rows = new ArrayList<>();
    arguments.add(criteria.size());
    arguments.add((long) (criteria.page() - 1) * criteria.size());
    jdbc.query("select " + TrailStore.COLUMNS + " from access_trail" + where
        + " order by seq desc limit ? offset ?", (RowCallbackHandler) rs -> rows.add(view(TrailStore.row(rs))),
        arguments.toArray());
    return new Page(rows, count, criteria.page(), criteria.size(),
        (count + criteria.size() - 1) / criteria.size());
  }

  /** Every row that matches, newest first, at most {@link #EXPORT_LIMIT}. */
  void each(TrailCriteria criteria, Consumer<View> action) {
    List<Object> arguments = new ArrayList<>();
    String where = criteria.where(arguments);
    arguments.add(EXPORT_LIMIT);
    jdbc.query("select " + TrailStore.COLUMNS + " from access_trail" + where
        + " order by seq desc limit ?", (RowCallbackHandler) rs -> action.accept(view(TrailStore.row(rs))),
        arguments.toArray());
  }

  private View view(TrailRow row) {
    TrailEntry e = row.entry();
    return new View(row.seq(), row.occurredAt().atZone(zone).toOffsetDateTime().toString(),
        e.actor(), e.remoteAddress(), e.action(), TrailAction.labelOf(e.action()), e.objectType(),
        e.objectId(), e.outcome().code(), e.outcome().label(), e.httpStatus(), e.detail(),
        row.prevHash(), row.hash());
  }
}
