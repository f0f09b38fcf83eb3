package cn.supervisiontalk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.audit.TrailEntry.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The hash chain on the trail's own tables (migration V15 on an in-memory H2 database): an intact
 * chain passes; a changed field, a deleted middle row, rows cut off the end, swapped rows, an
 * inserted row and a row rewritten with a recomputed hash are all found, at the right place; the
 * purge moves the anchor and the chain stays intact.
 */
class TrailChainTest {

  private JdbcTemplate jdbc;
  private TrailStore store;
  private TrailVerifier verifier;
  private DriverManagerDataSource database;

  @BeforeEach
  void freshTrail() throws IOException {
    database = new DriverManagerDataSource(
        "jdbc:h2:mem:trail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    jdbc = new JdbcTemplate(database);
    String migration = new ClassPathResource("db/migration/V15__access_trail.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    store = new TrailStore(jdbc);
    verifier = new TrailVerifier(store);
  }

  private void append(int rows) {
    for (int i = 0; i < rows; i++) {
      store.append(entry("user" + i, "talk-" + i), null);
    }
  }

  private static TrailEntry entry(String actor, String talk) {
    return TrailEntry.of(actor, "127.0.0.1", TrailAction.LEDGER_TALK_READ, "talk", talk,
        Outcome.SUCCEEDED, 200, null);
  }

  @Test
  void intactChainPasses() {
    assertThat(verifier.verify().intact()).as("an empty trail").isTrue();
    append(5);
    Verification result = verifier.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.rowsChecked()).isEqualTo(5);
    assertThat(result.firstBrokenSeq()).isNull();
    assertThat(result.message()).startsWith("访问留痕完整").contains("共校验 5 条记录");
    assertThat(jdbc.queryForObject("select prev_hash from access_trail where seq = 1", String.class))
        .isEqualTo(TrailHash.GENESIS);
    assertThat(jdbc.queryForObject("select prev_hash from access_trail where seq = 3", String.class))
        .isEqualTo(jdbc.queryForObject("select hash from access_trail where seq = 2", String.class));
  }

  @Test
  void alteredFieldIsFound() {
    append(5);
    jdbc.update("update access_trail set object_id = 'talk-other' where seq = 3");
    assertBroken(3, "内容与其哈希不符");
    jdbc.update("update access_trail set object_id = 'talk-2' where seq = 3");
    assertThat(verifier.verify().intact()).as("restored").isTrue();
    jdbc.update("update access_trail set occurred_at = dateadd('SECOND', 1, occurred_at) where seq = 2");
    assertBroken(2, "内容与其哈希不符");
  }

  @Test
  void deletedMiddleRowIsFound() {
    append(5);
    jdbc.update("delete from access_trail where seq = 3");
    assertBroken(3, "缺少第 3 条记录");
  }

  @Test
  void deletedLastRowsAreFound() {
    append(5);
    jdbc.update("delete from access_trail where seq >= 4");
    Verification result = assertBroken(4, "末尾的记录被截去");
    assertThat(result.message()).contains("链头记载最新为第 5 条,表中只到第 3 条");
  }

  @Test
  void reorderedRowsAreFound() {
    append(5);
    jdbc.update("update access_trail set seq = -1 where seq = 2");
    jdbc.update("update access_trail set seq = 2 where seq = 3");
    jdbc.update("update access_trail set seq = 3 where seq = -1");
    assertBroken(2, "前一哈希与前一条记录不符");
  }

  @Test
  void rowInsertedOrRewrittenWithItsOwnHashIsFound() {
    append(5);
    // a forger recomputes the hash of a changed row: the next row no longer follows it
    TrailEntry forged = entry("someoneElse", "talk-2");
    String prev3 = jdbc.queryForObject("select prev_hash from access_trail where seq = 3", String.class);
    Instant at3 = jdbc.queryForObject("select occurred_at from access_trail where seq = 3",
        java.time.OffsetDateTime.class).toInstant();
    jdbc.update("update access_trail set actor = ?, hash = ? where seq = 3", forged.actor(),
        TrailHash.of(prev3, 3, at3, forged));
    assertBroken(4, "前一哈希与前一条记录不符");
  }

  @Test
  void lastRowRewrittenWithItsOwnHashIsFoundByTheHead() {
    append(3);
    TrailEntry forged = entry("someoneElse", "talk-2");
    String prev = jdbc.queryForObject("select prev_hash from access_trail where seq = 3", String.class);
    Instant at = jdbc.queryForObject("select occurred_at from access_trail where seq = 3",
        java.time.OffsetDateTime.class).toInstant();
    jdbc.update("update access_trail set actor = ?, hash = ? where seq = 3", forged.actor(),
        TrailHash.of(prev, 3, at, forged));
    assertBroken(3, "与链头记载的不符");
  }

  @Test
  void rowAddedBehindTheApplicationsBackIsFound() {
    append(3);
    String last = jdbc.queryForObject("select hash from access_trail where seq = 3", String.class);
    Instant now = Instant.now();
    TrailEntry extra = entry("ghost", "talk-9");
    jdbc.update("insert into access_trail (" + TrailStore.COLUMNS + ") values (4, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), extra.actor(),
        extra.remoteAddress(), extra.action(), extra.objectType(), extra.objectId(),
        extra.outcome().code(), extra.httpStatus(), extra.detail(), last,
        TrailHash.of(last, 4, now, extra));
    assertBroken(4, "绕过应用插入");
  }

  @Test
  void purgeMovesTheAnchorAndKeepsTheChainIntact() {
    Instant now = Instant.now();
    for (int i = 0; i < 4; i++) {
      store.append(entry("old" + i, "talk-" + i), now.minus(Duration.ofDays(200)));
    }
    store.append(entry("recent", "talk-9"), now.minus(Duration.ofDays(10)));
    TrailPurge purge = new TrailPurge(store, verifier, new TrailSettings(180, "0 30 2 * * *"),
        ZoneId.of("Asia/Shanghai"), new DataSourceTransactionManager(database));

    assertThat(purge.purge(now)).isEqualTo(4);
    assertThat(jdbc.queryForList("select seq from access_trail order by seq", Long.class))
        .containsExactly(5L, 6L);
    assertThat(jdbc.queryForObject("select action from access_trail where seq = 6", String.class))
        .isEqualTo("trail.purge");
    assertThat(jdbc.queryForObject("select detail from access_trail where seq = 6", String.class))
        .contains("4 条记录").contains("至第 4 条");
    assertThat(store.head().anchorSeq()).isEqualTo(4);
    Verification after = verifier.verify();
    assertThat(after.intact()).as(after.message()).isTrue();
    assertThat(after.rowsChecked()).isEqualTo(2);
    assertThat(purge.purge(now)).as("nothing older left").isZero();

    // a row deleted after the anchor is still found
    jdbc.update("delete from access_trail where seq = 5");
    assertBroken(5, "缺少第 5 条记录");
  }

  @Test
  void brokenChainIsNotPurged() {
    Instant now = Instant.now();
    for (int i = 0; i < 3; i++) {
      store.append(entry("old" + i, "talk-" + i), now.minus(Duration.ofDays(200)));
    }
    jdbc.update("update access_trail set actor = 'changed' where seq = 2");
    TrailPurge purge = new TrailPurge(store, verifier, new TrailSettings(180, "0 30 2 * * *"),
        ZoneId.of("Asia/Shanghai"), new DataSourceTransactionManager(database));
    assertThat(purge.purge(now)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from access_trail where seq <= 3", Integer.class))
        .as("the evidence stays").isEqualTo(3);
    assertThat(jdbc.queryForObject("select outcome from access_trail where seq = 4", String.class))
        .isEqualTo("failed");
  }

  @Test
  void everyFieldIsInTheHash() {
    Instant at = Instant.parse("2026-11-30T01:02:03.004Z");
    TrailEntry base = TrailEntry.of("liuyang", "10.0.0.1", TrailAction.TASK_COMPLETE, "task", "t1",
        Outcome.SUCCEEDED, 204, "任务「谈话准备」");
    String hash = TrailHash.of(TrailHash.GENESIS, 1, at, base);
    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(TrailHash.of(TrailHash.GENESIS, 1, at, base)).as("deterministic").isEqualTo(hash);
    assertThat(TrailHash.of(TrailHash.GENESIS, 2, at, base)).isNotEqualTo(hash);
    assertThat(TrailHash.of(TrailHash.GENESIS, 1, at.plusMillis(1), base)).isNotEqualTo(hash);
    assertThat(TrailHash.of("1".repeat(64), 1, at, base)).isNotEqualTo(hash);
    assertThat(TrailHash.of(TrailHash.GENESIS, 1, at, TrailEntry.of("liuyang", "10.0.0.1",
        TrailAction.TASK_COMPLETE, "task", "t1", Outcome.REFUSED, 204, "任务「谈话准备」")))
        .isNotEqualTo(hash);
    // fields are length-prefixed: moving text from one field into the next changes the hash
    assertThat(TrailHash.of(TrailHash.GENESIS, 1, at, TrailEntry.of("liuyan", "g10.0.0.1",
        TrailAction.TASK_COMPLETE, "task", "t1", Outcome.SUCCEEDED, 204, "任务「谈话准备」")))
        .isNotEqualTo(hash);
  }

  @Test
  void retentionBelowSixMonthsIsRefused() {
    assertThatThrownBy(() -> new TrailSettings(179, "0 30 2 * * *"))
        .hasMessageContaining("不得少于 180 天");
    assertThat(new TrailSettings(365, "0 30 2 * * *").retentionDays()).isEqualTo(365);
  }

  private Verification assertBroken(long seq, String what) {
    Verification result = verifier.verify();
    assertThat(result.intact()).as(result.message()).isFalse();
    assertThat(result.firstBrokenSeq()).as(result.message()).isEqualTo(seq);
    assertThat(result.message()).startsWith("访问留痕已被篡改").contains(what);
    return result;
  }
}
