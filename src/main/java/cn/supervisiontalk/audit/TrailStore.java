package cn.supervisiontalk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The trail's two tables: {@code access_trail}, one row per access, and {@code access_trail_head},
 * one row holding the newest sequence number and hash and the chain's anchor (the last purged row).
 * Every append locks the head row first ({@code select … for update}), so concurrent requests and
 * several nodes on one database write one chain, one row after the other. The methods that change
 * anything must run in a transaction (see {@link AccessTrail}).
 */
@Component
class TrailStore {

  /** The head row: newest row and anchor (the hash the first remaining row follows). */
  record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
  }

  static final String COLUMNS = "seq, occurred_at, actor, remote_address, action, object_type,"
      + " object_id, outcome, http_status, detail, prev_hash, hash";

  private final JdbcTemplate jdbc;

  TrailStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The head row, locked until the transaction ends. */
  Head lockHead() {
    return jdbc.queryForObject("select last_seq, last_hash, anchor_seq, anchor_hash"
        + " from access_trail_head where id = 1 for update", TrailStore::head);
  }

  /** The head row as it is now, not locked. */
  Head head() {
    return jdbc.queryForObject("select last_seq, last_hash, anchor_seq, anchor_hash"
        + " from access_trail_head where id = 1", TrailStore::head);
  }

  /**
   * Appends the entry as the chain's next row, at the given time or, if null, now (taken under the
   * lock, so the times follow the sequence on one node).
   */
  TrailRow append(TrailEntry entry, Instant at) {
    Head head = lockHead();
    Instant time = (at == null ? Instant.now() : at).truncatedTo(ChronoUnit.MILLIS);
    long seq = head.lastSeq() + 1;
    TrailRow row = new TrailRow(seq, time, entry, head.lastHash(),
        TrailHash.of(head.lastHash(), seq, time, entry));
    jdbc.update("insert into access_trail (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row.seq(), OffsetDateTime.ofInstant(time, ZoneOffset.UTC), entry.actor(),
        entry.remoteAddress(), entry.action(), entry.objectType(), entry.objectId(),
        entry.outcome().code(), entry.httpStatus(), entry.detail(), row.prevHash(), row.hash());
    jdbc.update("update access_trail_head set last_seq = ?, last_hash = ? where id = 1",
        row.seq(), row.hash());
    return row;
  }

  /** Every row after the anchor, in chain order, one at a time (the trail may be long). */
  void eachRowAfter(long anchorSeq, Consumer<TrailRow> action) {
    jdbc.query("select " + COLUMNS + " from access_trail where seq > ? order by seq",
        (RowCallbackHandler) rs -> action.accept(row(rs)), anchorSeq);
  }

  /** The newest row older than the time, if any: the purge deletes up to it. */
  Long lastSeqBefore(Instant cutoff, long afterSeq) {
    return jdbc.queryForObject("select max(seq) from access_trail where occurred_at < ? and seq > ?",
        Long.class, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), afterSeq);
  }

  String hashOf(long seq) {
    return jdbc.queryForObject("select hash from access_trail where seq = ?", String.class, seq);
  }

  /** Deletes the rows up to the sequence number and makes the last of them the anchor. */
  int deleteThrough(long seq, String hash) {
    int deleted = jdbc.update("delete from access_trail where seq <= ?", seq);
    jdbc.update("update access_trail_head set anchor_seq = ?, anchor_hash = ? where id = 1",
        seq, hash);
    return deleted;
  }

  /**
   * Lets this transaction delete trail rows: on PostgreSQL the trigger of migration 15.1 refuses
   * every UPDATE and DELETE unless the transaction-local setting {@code supervision_talk.trail_purge}
   * is {@code on} ({@code set_config(..., true)} ends with the transaction). H2 has no trigger.
   */
  void allowPurge() {
    if (TrailGuardMigration.isPostgres(jdbc)) {
      jdbc.queryForObject("select set_config('" + TrailGuardMigration.PURGE_SETTING + "', 'on', true)",
          String.class);
    }
  }

  static TrailRow row(ResultSet rs) throws SQLException {
    Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
    int status = rs.getInt("http_status");
    Integer httpStatus = rs.wasNull() ? null : status;
    TrailEntry entry = new TrailEntry(rs.getString("actor"), rs.getString("remote_address"),
        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
        TrailEntry.Outcome.ofCode(rs.getString("outcome")), httpStatus, rs.getString("detail"));
    return new TrailRow(rs.getLong("seq"), occurredAt, entry, rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  private static Head head(ResultSet rs, int n) throws SQLException {
    return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
  }
}
