package cn.supervisiontalk.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approved annual plans and their items. */
@Repository
public class PlanRepository {

  private final JdbcClient jdbc;

  public PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String committeeId, int year) {
    return jdbc.sql("select count(*) from annual_plan where committee_id = ? and plan_year = ?")
        .params(committeeId, year).query(Long.class).single() > 0;
  }

  public void insertPlan(String committeeId, int year, String processInstanceId, String draftedBy,
      String approvedBy, OffsetDateTime approvedAt) {
    jdbc.sql("""
        insert into annual_plan (committee_id, plan_year, process_instance_id, drafted_by,
                                 approved_by, approved_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(committeeId, year, processInstanceId, draftedBy, approvedBy, approvedAt).update();
  }

  public Optional<OffsetDateTime> approvedAt(String committeeId, int year) {
    return jdbc.sql("select approved_at from annual_plan where committee_id = ? and plan_year = ?")
        .params(committeeId, year)
        .query((rs, row) -> rs.getObject("approved_at", OffsetDateTime.class)).optional();
  }

  public void insertItem(PlanItem item) {
    jdbc.sql("""
        insert into plan_item (id, plan_year, seq, organization_id, talkee_id, talker_id,
                               planned_month, planned_talk_date, responsible_unit, basis, note,
                               committee_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(item.id(), item.planYear(), item.seq(), item.organizationId(), item.talkeeId(),
            item.talkerId(), item.plannedMonth(), item.plannedTalkDate(), item.responsibleUnit(),
            String.join(",", item.basis()), item.note(), item.committeeId())
        .update();
  }

  public Optional<PlanItem> findItem(String id) {
    return jdbc.sql("select * from plan_item where id = ?").param(id).query(this::map).optional();
  }

  public List<PlanItem> findItems(String committeeId, int year) {
    return jdbc.sql("select * from plan_item where committee_id = ? and plan_year = ? order by seq")
        .params(committeeId, year).query(this::map).list();
  }

  private PlanItem map(ResultSet rs, int row) throws SQLException {
    String basis = rs.getString("basis");
    return new PlanItem(
        rs.getString("id"),
        rs.getInt("plan_year"),
        rs.getInt("seq"),
        rs.getString("organization_id"),
        rs.getString("talkee_id"),
        rs.getString("talker_id"),
        rs.getInt("planned_month"),
        rs.getObject("planned_talk_date", LocalDate.class),
        rs.getString("responsible_unit"),
        basis == null || basis.isBlank() ? List.of() : Arrays.asList(basis.split(",")),
        rs.getString("note"),
        rs.getString("committee_id"));
  }
}
