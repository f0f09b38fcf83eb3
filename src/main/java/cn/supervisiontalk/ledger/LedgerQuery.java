package cn.supervisiontalk.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's query over the talk table: the visible talks ({@link LedgerAccess}) with the filters,
 * the search, the order and the page, all in the database (the indexes are V11), so a page of
 * 100,000 talks costs a count and one page of rows. Never the engine's history.
 */
@Repository
class LedgerQuery {

  private final JdbcClient jdbc;

  LedgerQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The talks a viewer sees beyond which the rows are read with the dense form of the viewer's
   * condition ({@link LedgerAccess#condition}).
   */
  static final long DENSE = 2_000;

  /** The talks matching a filter up to which they are sorted after being found, not found in order. */
  static final long FEW = 5_000;

  /**
   * The page of talks the viewer sees with the filter; {@code today}/{@code now} in China time,
   * {@code total} as counted, which tells how to look for them.
   */
  List<TalkHead> page(Viewer viewer, LedgerFilter filter, LocalDate today, OffsetDateTime now,
      long total) {
    return rows(viewer, filter, today, now, (long) (filter.page() - 1) * filter.size(),
        filter.size(), total);
  }

  /** Rows from {@code offset}, at most {@code limit}: for the export, which reads page by page. */
  List<TalkHead> rows(Viewer viewer, LedgerFilter filter, LocalDate today, OffsetDateTime now,
      long offset, int limit, long total) {
    Map<String, Object> params = params(today, now);
    String where = where(viewer, filter, params, total > DENSE);
    params.put("offset", offset);
    params.put("limit", limit);
    return jdbc.sql("select " + LedgerSql.ROW_COLUMNS + " from talk t" + where
            + " order by " + filter.sort().orderBy(filter.descending(), total <= FEW)
            + " limit :limit offset :offset")
        .params(params).query(LedgerQuery::head).list();
  }

  /** How many talks the viewer sees with the filter (the page and order aside). */
  long count(Viewer viewer, LedgerFilter filter, LocalDate today, OffsetDateTime now) {
    Map<String, Object> params = params(today, now);
    String where = where(viewer, filter, params, false);
    return jdbc.sql("select count(*) from talk t" + where).params(params)
        .query(Long.class).single();
  }

  /** One talk, whoever asks (its page checks the viewer itself). */
  Optional<TalkHead> find(String talkId, LocalDate today, OffsetDateTime now) {
    Map<String, Object> params = params(today, now);
    params.put("talkId", talkId);
    return jdbc.sql("select " + LedgerSql.ROW_COLUMNS + " from talk t where t.id = :talkId")
        .params(params).query(LedgerQuery::head).optional();
  }

  /** The findings (article 17) of each of the talks, in the order recorded: kind codes by talk id. */
  Map<String, List<String>> findings(Collection<String> talkIds) {
    Map<String, List<String>> findings = new HashMap<>();
    if (talkIds.isEmpty()) {
      return findings;
    }
    jdbc.sql("select talk_id, kind from accountability_record where talk_id in (:talks) order by id")
        .param("talks", talkIds)
        .query((rs, row) -> findings.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
            .add(rs.getString(2)))
        .list();
    return findings;
  }

  private static Map<String, Object> params(LocalDate today, OffsetDateTime now) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("today", today);
    params.put("now", now);
    return params;
  }

  /** The where clause of the viewer's rule and the filter, its parameters added to {@code params}. */
  private static String where(Viewer viewer, LedgerFilter filter, Map<String, Object> params,
      boolean dense) {
    List<String> conditions = new ArrayList<>();
    String visible = LedgerAccess.condition(viewer, params, dense);
    if (visible != null) {
      conditions.add(visible);
    }
    if (filter.year() != null) {
      params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
      params.put("nextYearStart", LocalDate.of(filter.year() + 1, 1, 1));
      conditions.add("((t.talk_date >= :yearStart and t.talk_date < :nextYearStart)"
          + " or (t.talk_date is null and t.planned_talk_date >= :yearStart"
          + " and t.planned_talk_date < :nextYearStart))");
    }
    if (filter.type() != null) {
      params.put("type", filter.type().name());
      conditions.add("t.talk_type = :type");
    }
    if (filter.stage() != null) {
      params.put("stage", filter.stage().name());
      conditions.add("t.stage = :stage");
    }
    if (filter.organizationId() != null) {
      params.put("organization", filter.organizationId());
      conditions.add("t.organization_id = :organization");
    }
    if (filter.overdue() != null) {
      conditions.add(filter.overdue() ? LedgerSql.OVERDUE : "not " + LedgerSql.OVERDUE);
    }
    if (filter.search() != null) {
      params.put("search", "%" + filter.search().replace("!", "!!").replace("%", "!%")
          .replace("_", "!_") + "%");
      conditions.add("(t.talkee_name like :search escape '!' or t.talker_name like :search escape '!')");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static TalkHead head(ResultSet rs, int row) throws SQLException {
    return new TalkHead(
        rs.getString("id"),
        rs.getString("talk_type"),
        rs.getString("organization_id"),
        rs.getString("organization_name"),
        rs.getString("talkee_id"),
        rs.getString("talkee_name"),
        rs.getString("talker_id"),
        rs.getString("talker_name"),
        rs.getObject("planned_talk_date", LocalDate.class),
        rs.getObject("talk_date", LocalDate.class),
        rs.getString("stage"),
        rs.getString("trigger_code"),
        rs.getString("started_by"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("ended_at", OffsetDateTime.class),
        rs.getObject("rectification_due", OffsetDateTime.class),
        rs.getInt("overdue") == 1,
        rs.getString("committee_id"));
  }
}
