package cn.supervisiontalk.rectification;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReviewRepository {

  private final JdbcClient jdbc;

  public ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String talkId, Review review) {
    jdbc.sql("""
        insert into talk_review (talk_id, stage, decision, comment, reviewer_id, reviewed_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(talkId, review.stage().name(), review.decision(), review.comment(),
            review.reviewerId(), review.reviewedAt())
        .update();
  }

  public List<Review> findByTalk(String talkId) {
    return jdbc.sql("select * from talk_review where talk_id = ? order by id")
        .param(talkId)
        .query((rs, row) -> new Review(Review.Stage.valueOf(rs.getString("stage")),
            rs.getString("decision"), rs.getString("comment"), rs.getString("reviewer_id"),
            rs.getObject("reviewed_at", OffsetDateTime.class)))
        .list();
  }
}
