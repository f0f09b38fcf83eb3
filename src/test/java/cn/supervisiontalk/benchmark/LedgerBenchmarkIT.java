package cn.supervisiontalk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.ledger.Ledger;
import cn.supervisiontalk.ledger.LedgerFilter;
import cn.supervisiontalk.ledger.LedgerViews.Page;
import cn.supervisiontalk.PostgresDatabase;
import cn.supervisiontalk.ledger.Viewer;
import cn.supervisiontalk.security.ApiUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark: how long a page of the talk ledger takes with 10,000 and with 100,000 talks on
 * PostgreSQL, for the office (every talk) and for a talkee (his own among all), with the default
 * order and with the filters people use most. The talks are written with bulk SQL (five units'
 * material, the record's copy and the archive's copies per talk, a finding on one in ten, texts of
 * about a page), then the tables are vacuumed and analyzed as autovacuum would after such inserts;
 * each case runs warm, and the
 * figures are the whole of {@link Ledger#page} (count, page, relations, open tasks, findings). Prints
 * p50 and p95 in milliseconds; asserts only that the answers are right, not how fast they come. Not
 * part of {@code mvn verify}; run it with
 * {@code mvn -Pbench verify -Dit.test=LedgerBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(LedgerBenchmarkIT.OwnDatabase.class)
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.webapp.enabled=false"
})
@ActiveProfiles("postgres")
@DirtiesContext
class LedgerBenchmarkIT {

  static final String DATABASE = PostgresDatabase.freshName("supervision_talk_bench_");

  private static final int WARM_UP = 5;
  private static final int RUNS = 40;
  private static final int TALKEES = 2_000;
  private static final int TALKERS = 30;

  private static final Viewer OFFICE = Viewer.of(new ApiUser("liuyang", List.of("office")));
  private static final Viewer TALKEE = Viewer.of(new ApiUser("bench-talkee-7", List.of("talkee")));

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

  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;

  @Test
  void ledgerPagesAtTenAndAHundredThousandTalks() {
    List<String> report = new ArrayList<>();
    int filled = 0;
    for (int size : List.of(10_000, 100_000)) {
      long started = System.nanoTime();
      fill(filled + 1, size);
      filled = size;
      jdbc.sql("vacuum analyze").update();
      report.add(String.format("%,d talks (filled in %.1f s):", size,
          (System.nanoTime() - started) / 1e9));

      Page all = ledger.page(OFFICE, filter());
      assertThat(all.total()).as("the office sees every talk").isEqualTo(size);
      Page own = ledger.page(TALKEE, filter());
      assertThat(own.total()).as("a talkee sees his own").isEqualTo(size / TALKEES);
      assertThat(own.rows()).allSatisfy(r -> assertThat(r.talkeeId()).isEqualTo("bench-talkee-7"));

      report.add(measure("office, default order (planned date), page 1", OFFICE, filter()));
      report.add(measure("office, page 50", OFFICE, filter("page", "50")));
      report.add(measure("office, overdue only", OFFICE, filter("overdue", "true")));
      report.add(measure("office, year + stage", OFFICE,
          filter("year", "2027", "stage", "RECTIFICATION")));
      report.add(measure("office, search a talkee's name", OFFICE, filter("q", "被谈话人17")));
      report.add(measure("office, sorted by next deadline", OFFICE, filter("sort", "deadline")));
      report.add(measure("office, sorted by talk date", OFFICE, filter("sort", "talkDate")));
      report.add(measure("talkee, default order, page 1", TALKEE, filter()));
      report.add(measure("talkee, sorted by next deadline", TALKEE, filter("sort", "deadline")));
      report.add(measure("unit (discipline), page 1", Viewer.of(new ApiUser("zhenghua",
          List.of("discipline"))), filter()));
    }
    System.out.println("ledger benchmark on PostgreSQL (ms per page of 20, p50 / p95 over "
        + RUNS + " warm runs):");
    report.forEach(line -> System.out.println("  " + line));
  }

  private static LedgerFilter filter(String... parameters) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      p.put(parameters[i], parameters[i + 1]);
    }
    return LedgerFilter.of(p);
  }

  private String measure(String name, Viewer viewer, LedgerFilter filter) {
    for (int i = 0; i < WARM_UP; i++) {
      ledger.page(viewer, filter);
    }
    List<Double> millis = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      total = ledger.page(viewer, filter).total();
      millis.add((System.nanoTime() - started) / 1e6);
    }
    Collections.sort(millis);
    return String.format("    %-48s p50 %7.1f  p95 %7.1f   (%,d rows match)", name,
        millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), total);
  }

  /**
   * Talks {@code from} to {@code to}: four in five regular, over ten years of planned dates, 80 %
   * archived, 10 % in rectification (half with measures in), 7 % in preparation, 3 % cancelled.
   */
  private void fill(int from, int to) {
    jdbc.sql("""
        insert into talk (id, talk_type, organization_id, organization_name, organization_kind,
          talkee_id, talkee_name, talker_id, talker_name, plan_year, planned_talk_date, started_by,
          started_at, stage, talk_date, attendees, self_inspection_heard, problems, explanation,
          requirements, commitment, recorded_at, measures_due, results_due, reflections,
          other_measures, measures_submitted_at, results, results_submitted_at, outcome, ended_at,
          cancelled, preparation_issues, self_inspection_report)
        select 'bench-' || lpad(g::text, 7, '0'),
          case when g % 5 = 0 then 'TIMELY' else 'REGULAR' end,
          (array['qingshan','donghu','xiling','baisha','fagaiwei','jiaoyuju','renminyiyuan'])[1 + g % 7],
          (array['中共青山县委员会','中共江州市东湖区委员会','中共西岭县委员会','中共江州市白沙镇委员会',
            '中共江州市发展和改革委员会党组','中共江州市教育局党组','中共江州市人民医院委员会'])[1 + g % 7],
          'COUNTY', 'bench-talkee-' || (g % :talkees), '被谈话人' || (g % :talkees),
          'bench-talker-' || (g % :talkers), '谈话人' || (g % :talkers),
          2026 + (g % 3650) / 365, date '2026-02-01' + (g % 3650), 'liuyang',
          timestamptz '2026-01-01 09:00:00+08' + (g % 3650) * interval '1 day',
          s.stage,
          case when s.stage in ('ARCHIVED', 'RECTIFICATION') then date '2026-02-03' + (g % 3650) end,
          t.text, t.text, t.text, t.text, t.text, t.text,
          case when s.stage in ('ARCHIVED', 'RECTIFICATION')
            then timestamptz '2026-02-03 16:00:00+08' + (g % 3650) * interval '1 day' end,
          case when s.stage in ('ARCHIVED', 'RECTIFICATION')
            then timestamptz '2026-03-05 23:59:59+08' + (g % 3650) * interval '1 day' end,
          case when s.stage in ('ARCHIVED', 'RECTIFICATION')
            then timestamptz '2026-05-05 23:59:59+08' + (g % 3650) * interval '1 day' end,
          case when s.stage = 'ARCHIVED' or (s.stage = 'RECTIFICATION' and g % 2 = 0) then t.text end,
          case when s.stage = 'ARCHIVED' or (s.stage = 'RECTIFICATION' and g % 2 = 0) then t.text end,
          case when s.stage = 'ARCHIVED' or (s.stage = 'RECTIFICATION' and g % 2 = 0)
            then timestamptz '2026-02-20 10:00:00+08' + (g % 3650) * interval '1 day' end,
          case when s.stage = 'ARCHIVED' then t.text end,
          case when s.stage = 'ARCHIVED'
            then timestamptz '2026-04-20 10:00:00+08' + (g % 3650) * interval '1 day' end,
          case when s.stage = 'ARCHIVED' then 'RECTIFIED' end,
          case when s.stage in ('ARCHIVED', 'CANCELLED')
            then timestamptz '2026-05-10 10:00:00+08' + (g % 3650) * interval '1 day' end,
          s.stage = 'CANCELLED', t.text, t.text
        from generate_series(:from, :to) g
          cross join lateral (select case when g % 100 < 80 then 'ARCHIVED'
            when g % 100 < 90 then 'RECTIFICATION' when g % 100 < 97 then 'PREPARATION'
            else 'CANCELLED' end as stage) s
          cross join lateral (select repeat('落实全面从严治党主体责任情况。', 12) || g as text) t""")
        .param("from", from).param("to", to).param("talkees", TALKEES).param("talkers", TALKERS)
        .update();
    Map<String, Object> ids = Map.of("first", "bench-" + String.format("%07d", from),
        "last", "bench-" + String.format("%07d", to));
    String range = " t.id between :first and :last";
    jdbc.sql("insert into talk_material (talk_id, unit, material, provided_by, provided_at)"
        + " select t.id, u, '有关情况和材料' || t.id, 'member', t.started_at from talk t"
        + " cross join unnest(array['discipline','organization','propaganda','inspection','audit']) u"
        + " where" + range + " and t.stage <> 'PREPARATION'").params(ids).update();
    jdbc.sql("insert into talk_copy (id, talk_id, part, content, copied_at)"
        + " select t.id || ':TALK_RECORD', t.id, 'TALK_RECORD', '{}', t.recorded_at from talk t"
        + " where" + range + " and t.talk_date is not null").params(ids).update();
    jdbc.sql("insert into talk_copy_recipient (copy_id, recipient_group)"
        + " select t.id || ':TALK_RECORD', u from talk t"
        + " cross join unnest(array['discipline','organization']) u"
        + " where" + range + " and t.talk_date is not null").params(ids).update();
    jdbc.sql("insert into archive_copy (talk_id, recipient_group) select t.id, u from talk t"
        + " cross join unnest(array['discipline','organization']) u"
        + " where" + range + " and t.stage = 'ARCHIVED'").params(ids).update();
    jdbc.sql("insert into accountability_record (talk_id, talkee_id, kind, detail, created_at)"
        + " select t.id, t.talkee_id, 'MEASURES_OVERDUE', '未按期报告整改措施', t.measures_due"
        + " from talk t where" + range + " and t.measures_due is not null and right(t.id, 1) = '0'")
        .params(ids).update();
  }
}
