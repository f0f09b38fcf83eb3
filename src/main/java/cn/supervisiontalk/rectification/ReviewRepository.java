package cn.supervisiontalk.rectification;

import java.util.List;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every review by the general office, in the order made. */
@Repository
public class ReviewRepository {

  private static final RowMapper<Review> REVIEW = new DataClassRowMapper<>(Review.class);

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
    return jdbc.sql("""
        select stage, decision, comment, reviewer_id, reviewed_at
        from talk_review where talk_id = ? order by id""")
        .param(talkId).query(REVIEW).list();
  }
}
