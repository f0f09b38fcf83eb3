package cn.supervisiontalk.rectification;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every review by the general office, in the order made. */
@Repository
public class ReviewRepository {

  private final JdbcClient jdbc;
  /** The review's comment is encrypted when a key is set. */
  private final ConfidentialText text;
  private final RowMapper<Review> reviews;

  public ReviewRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.reviews = text.rows(Review.class);
  }

  public void insert(String talkId, Review review) {
    jdbc.sql("""
        insert into talk_review (talk_id, stage, decision, comment, reviewer_id, reviewed_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(talkId, review.stage().name(), review.decision(), text.seal(review.comment()),
            review.reviewerId(), review.reviewedAt())
        .update();
  }

  public List<Review> findByTalk(String talkId) {
    return jdbc.sql("""
        select stage, decision, comment, reviewer_id, reviewed_at
        from talk_review where talk_id = ? order by id""")
        .param(talkId).query(reviews).list();
  }
}
