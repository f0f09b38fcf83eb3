package cn.supervisiontalk.coverage;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which leader's tenure has had its coverage process in which committee term (table coverage_watch):
 * the application's own memory of it, so that a watch is started once, a cancelled one is not
 * brought back, and two nodes starting together do not both start one (the key refuses the second).
 */
@Repository
class CoverageWatches {

  private final JdbcClient jdbc;

  CoverageWatches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(long committeeTermId, long tenureId) {
    return jdbc.sql("""
        select count(*) from coverage_watch where committee_term_id = ? and leader_term_id = ?""")
        .params(committeeTermId, tenureId).query(Long.class).single() > 0;
  }

  void insert(long committeeTermId, long tenureId, String processInstanceId, OffsetDateTime at) {
    jdbc.sql("""
        insert into coverage_watch (committee_term_id, leader_term_id, process_instance_id, started_at)
        values (?, ?, ?, ?)""").params(committeeTermId, tenureId, processInstanceId, at).update();
  }
}
