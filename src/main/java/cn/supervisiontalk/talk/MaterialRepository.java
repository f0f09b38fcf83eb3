package cn.supervisiontalk.talk;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MaterialRepository {

  private final JdbcClient jdbc;

  public MaterialRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String talkId, Material material) {
    jdbc.sql("""
        insert into talk_material (talk_id, unit, material, attendee_id, provided_by, provided_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(talkId, material.unit(), material.material(), material.attendeeId(),
            material.providedBy(), material.providedAt())
        .update();
  }

  public List<Material> findByTalk(String talkId) {
    return jdbc.sql("select * from talk_material where talk_id = ? order by id")
        .param(talkId)
        .query((rs, row) -> new Material(rs.getString("unit"), rs.getString("material"),
            rs.getString("attendee_id"), rs.getString("provided_by"),
            rs.getObject("provided_at", OffsetDateTime.class)))
        .list();
  }
}
