package cn.supervisiontalk.talk;

import cn.supervisiontalk.crypto.ConfidentialText;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cooperating units' material, one per unit and talk (constraint {@code talk_material_once}). */
@Repository
public class MaterialRepository {

  private final JdbcClient jdbc;
  /** The material and the reason for going without it are encrypted when a key is set. */
  private final ConfidentialText text;
  private final RowMapper<Material> material;

  public MaterialRepository(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.material = text.rows(Material.class);
  }

  public void insert(String talkId, Material material) {
    jdbc.sql("""
        insert into talk_material (talk_id, unit, material, attendee_id, provided_by, provided_at,
          waived_by, waived_at, waiver_reason)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(talkId, material.unit(), text.seal(material.material()), material.attendeeId(),
            material.providedBy(), material.providedAt(), material.waivedBy(), material.waivedAt(),
            text.seal(material.waiverReason()))
        .update();
  }

  /** Whether the office decided to go ahead without this unit's material. */
  public boolean waived(String talkId, String unit) {
    return jdbc.sql("select count(*) from talk_material where talk_id = ? and unit = ? and waived_at is not null")
        .params(talkId, unit).query(Integer.class).single() > 0;
  }

  public List<Material> findByTalk(String talkId) {
    return jdbc.sql("""
        select unit, material, attendee_id, provided_by, provided_at, waived_by, waived_at,
          waiver_reason
        from talk_material where talk_id = ? order by id""")
        .param(talkId).query(material).list();
  }
}
