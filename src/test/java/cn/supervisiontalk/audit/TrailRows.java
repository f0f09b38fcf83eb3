package cn.supervisiontalk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trail's rows as the tests read them from the database. A row is written after its response
 * has been sent, so the tests wait for it, then a moment more to see that no second row follows.
 */
final class TrailRows {

  private final JdbcTemplate jdbc;

  TrailRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long last() {
    Long seq = jdbc.queryForObject("select max(seq) from access_trail", Long.class);
    return seq == null ? 0 : seq;
  }

  List<Map<String, Object>> after(long seq) {
    return jdbc.queryForList("select * from access_trail where seq > ? order by seq", seq);
  }

  /** Exactly the given number of rows after the sequence number. */
  List<Map<String, Object>> expect(long after, int count) {
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
        .until(() -> after(after).size() >= count);
    pause();
    List<Map<String, Object>> rows = after(after);
    assertThat(rows).as("rows after %d: %s", after, rows).hasSize(count);
    return rows;
  }

  Map<String, Object> one(long after) {
    return expect(after, 1).get(0);
  }

  void none(long after) {
    pause();
    assertThat(after(after)).as("no row recorded").isEmpty();
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
