package cn.supervisiontalk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.PostgresDatabase;
import cn.supervisiontalk.audit.TrailEntry.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access trail on PostgreSQL, in a database of its own: the trigger of migration 15.1 refuses
 * to update, delete or truncate trail rows and to move the head back; appends from several threads
 * at once keep one intact chain; the purge deletes through the trigger and the chain stays intact;
 * the check command ({@link TrailCheck}) finds a row changed behind the trigger's back.
 */
// the database extension is declared before @SpringBootTest, so it runs around Spring's
@ExtendWith(AccessTrailPostgresIT.OwnDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class AccessTrailPostgresIT {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_trail_h1_");

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabase.dataSource(registry, DATABASE);
  }

  static class OwnDatabase extends PostgresDatabase {
    @Override
    protected String database() {
      return DATABASE;
    }
  }

  @Autowired
  private AccessTrail trail;

  @Autowired
  private TrailStore store;

  @Autowired
  private TrailVerifier verifier;

  @Autowired
  private TrailPurge purge;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private PlatformTransactionManager transactions;

  private static TrailEntry entry(String actor) {
    return TrailEntry.of(actor, "127.0.0.1", TrailAction.ARCHIVE_READ, "talk", "talk-1",
        Outcome.SUCCEEDED, 200, null);
  }

  @Test
  void theTriggerRefusesToChangeOrDeleteRows() {
    trail.record(entry("liuyang"));
    long seq = new TrailRows(jdbc).last();
    refused("update access_trail set actor = 'x' where seq = " + seq, "访问留痕只能追加");
    refused("delete from access_trail where seq = " + seq, "访问留痕只能追加");
    refused("truncate access_trail", "访问留痕只能追加");
    refused("update access_trail_head set last_seq = 0", "链头只能向前推进");
    refused("delete from access_trail_head", "链头只能向前推进");
    // the purge's setting lets a delete through only within its own transaction
    jdbc.queryForObject("select set_config('supervision_talk.trail_purge', 'on', true)", String.class);
    assertThatThrownBy(() -> jdbc.update("delete from access_trail where seq = ?", seq))
        .as("set_config(…, true) ended with its statement's transaction")
        .isInstanceOf(DataAccessException.class);
    assertThat(jdbc.queryForObject("select actor from access_trail where seq = ?", String.class, seq))
        .isEqualTo("liuyang");
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void concurrentAppendsKeepOneChain() throws Exception {
    long before = new TrailRows(jdbc).last();
    int threads = 6;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String actor = "thread" + t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < each; i++) {
          trail.record(entry(actor));
        }
      }));
    }
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(jdbc.queryForList("select seq from access_trail where seq > ? order by seq",
        Long.class, before)).hasSize(threads * each)
        .isEqualTo(java.util.stream.LongStream.rangeClosed(before + 1, before + threads * each)
            .boxed().toList());
    Verification result = verifier.verify();
    assertThat(result.intact()).as(result.message()).isTrue();
    assertThat(store.head().lastSeq()).isEqualTo(before + threads * each);
  }

  @Test
  void purgeDeletesOldRowsAndTheChainStaysIntact() {
    Instant now = Instant.now();
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    long first = new TrailRows(jdbc).last() + 1;
    // rows from before the period, written with their old times
    for (int i = 0; i < 3; i++) {
      transaction.executeWithoutResult(s -> store.append(entry("old"), now.minus(Duration.ofDays(400))));
    }
    trail.record(entry("recent"));
    int deleted = purge.purge(now);
    assertThat(deleted).isGreaterThanOrEqualTo(3);
    assertThat(jdbc.queryForObject("select count(*) from access_trail where actor = 'old'", Integer.class))
        .isZero();
    assertThat(store.head().anchorSeq()).isGreaterThanOrEqualTo(first + 2);
    Long purgeRow = jdbc.queryForObject("select max(seq) from access_trail where action = 'trail.purge'",
        Long.class);
    assertThat(purgeRow).isEqualTo(store.head().lastSeq());
    Verification result = verifier.verify();
    assertThat(result.intact()).as(result.message()).isTrue();
  }

  @Test
  void theCommandFindsARowChangedBehindTheTriggersBack() {
    trail.record(entry("zhenghua"));
    long seq = new TrailRows(jdbc).last();
    String[] args = {"--spring.profiles.active=postgres",
        "--spring.datasource.url=" + PostgresDatabase.SERVER + DATABASE,
        "--spring.datasource.username=" + PostgresDatabase.USER, "--spring.datasource.password="};
    assertThat(command(args)).startsWith("0 ").contains("访问留痕完整");

    // a database superuser bypasses the trigger (replica mode) and changes a row
    tamper("update access_trail set actor = 'someone' where seq = " + seq);
    assertThat(command(args)).startsWith("1 ").contains("访问留痕已被篡改")
        .contains("第 " + seq + " 条记录的内容与其哈希不符");
    tamper("update access_trail set actor = 'zhenghua' where seq = " + seq);
    assertThat(command(args)).startsWith("0 ");
  }

  private void refused(String sql, String reason) {
    assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class)
        .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage())
            .contains(reason));
  }

  private void tamper(String sql) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> {
      jdbc.execute("set local session_replication_role = replica");
      jdbc.update(sql);
    });
  }

  /** The command's exit code and what it printed. */
  private static String command(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = TrailCheck.run(args);
    } finally {
      System.setOut(out);
    }
    return code + " " + printed.toString(StandardCharsets.UTF_8);
  }
}
