package cn.supervisiontalk.talk;

import cn.supervisiontalk.crypto.ConfidentialText;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.talk.TalkParts.Measures;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.talk.TalkParts.Preparation;
import cn.supervisiontalk.talk.TalkParts.Results;
import cn.supervisiontalk.talk.TalkParts.SelfInspection;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The talk table: one row per talk, written step by step in the engine's transaction. Each part is
 * read by its own query, so a caller gets exactly the part it asks for.
 */
@Repository
public class TalkRecords {

  private static final String TALK_COLUMNS = """
      id, talk_type, organization_id, organization_name, organization_kind, talkee_id, talkee_name,
      talker_id, talker_name, plan_year, planned_talk_date, plan_item_id, proposal_id, trigger_code,
      started_at, stage, talk_date, measures_due, results_due, measures_submitted_at,
      results_submitted_at, outcome, ended_at, cancelled""";

  private final JdbcClient jdbc;
  /** The written parts are encrypted when a key is set (issue 15); parties, dates, stage are not. */
  private final ConfidentialText text;

  public TalkRecords(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  /** A new talk, in preparation. */
  /** The committee that holds the talk; empty for an unknown talk. */
  public Optional<String> committeeOf(String talkId) {
    return jdbc.sql("select committee_id from talk where id = ?").param(talkId)
        .query(String.class).optional();
  }

  /** The ids of the talks the committee held or holds. */
  public Set<String> idsHeldBy(String committeeId) {
    return new HashSet<>(jdbc.sql("select id from talk where committee_id = ?").param(committeeId)
        .query(String.class).list());
  }

  /** The committees holding the talks, by talk id. */
  public Map<String, String> committeesOf(Collection<String> talkIds) {
    Map<String, String> committees = new HashMap<>();
    if (!talkIds.isEmpty()) {
      jdbc.sql("select id, committee_id from talk where id in (:ids)").param("ids", talkIds)
          .query((rs, row) -> committees.put(rs.getString(1), rs.getString(2))).list();
    }
    return committees;
  }

  public void insert(Talk talk, Grounds grounds, String startedBy, String committeeId) {
    jdbc.sql("""
        insert into talk (id, talk_type, organization_id, organization_name, organization_kind,
          talkee_id, talkee_name, talker_id, talker_name, plan_year, planned_talk_date, plan_item_id,
          proposal_id, trigger_code, facts, evidence, started_by, started_at, stage, committee_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(talk.id(), talk.talkType().name(), talk.organizationId(), talk.organizationName(),
            talk.organizationKind(), talk.talkeeId(), talk.talkeeName(), talk.talkerId(),
            talk.talkerName(), talk.planYear(), talk.plannedTalkDate(), talk.planItemId(),
            talk.proposalId(), grounds.triggerCode(), text.seal(grounds.facts()),
            text.seal(grounds.evidence()),
            startedBy, talk.startedAt(), talk.stage().name(), committeeId)
        .update();
  }

  public Optional<Talk> find(String talkId) {
    return jdbc.sql("select " + TALK_COLUMNS + " from talk where id = ?").param(talkId)
        .query(new DataClassRowMapper<>(Talk.class)).optional();
  }

  public Talk get(String talkId) {
    return find(talkId).orElseThrow(() -> new IllegalStateException("没有谈话 " + talkId + " 的记录"));
  }

  /** Every talk of the type, in the order they were started. */
  public List<Talk> ofType(TalkType type) {
    return jdbc.sql("select " + TALK_COLUMNS + " from talk where talk_type = ? order by started_at, id")
        .param(type.name()).query(new DataClassRowMapper<>(Talk.class)).list();
  }

  public List<Talk> all() {
    return jdbc.sql("select " + TALK_COLUMNS + " from talk order by started_at, id")
        .query(new DataClassRowMapper<>(Talk.class)).list();
  }

  public Grounds grounds(String talkId) {
    return part("trigger_code, facts, evidence", talkId, Grounds.class);
  }

  public Preparation preparation(String talkId) {
    return part("preparation_materials, preparation_issues, prepared_at", talkId, Preparation.class);
  }

  public SelfInspection selfInspection(String talkId) {
    return part("self_inspection_report, self_inspected_at", talkId, SelfInspection.class);
  }

  public Notes notes(String talkId) {
    return part("talk_date, attendees, self_inspection_heard, problems, explanation, requirements,"
        + " commitment, recorded_at", talkId, Notes.class);
  }

  public Measures measures(String talkId) {
    return part("reflections, first_responsibility_measures, other_measures, measures_submitted_at,"
        + " measures_return_reason", talkId, Measures.class);
  }

  public Results results(String talkId) {
    return part("results, results_submitted_at, results_return_reason", talkId, Results.class);
  }

  public String archiveRemark(String talkId) {
    return text.open(jdbc.sql("select archive_remark from talk where id = ?").param(talkId)
        .query(String.class).optional().orElse(null));
  }

  public void savePreparation(String talkId, Preparation preparation) {
    jdbc.sql("""
        update talk set preparation_materials = ?, preparation_issues = ?, prepared_at = ?
        where id = ?""")
        .params(text.seal(preparation.preparationMaterials()),
            text.seal(preparation.preparationIssues()), preparation.preparedAt(), talkId)
        .update();
  }

  public void saveSelfInspection(String talkId, SelfInspection selfInspection) {
    jdbc.sql("update talk set self_inspection_report = ?, self_inspected_at = ? where id = ?")
        .params(text.seal(selfInspection.selfInspectionReport()), selfInspection.selfInspectedAt(),
            talkId)
        .update();
  }

  /** The talk is held: its record. */
  public void saveNotes(String talkId, Notes notes) {
    jdbc.sql("""
        update talk set talk_date = ?, attendees = ?, self_inspection_heard = ?, problems = ?,
          explanation = ?, requirements = ?, commitment = ?, recorded_at = ?, stage = 'RECTIFICATION'
        where id = ?""")
        .params(notes.talkDate(), text.seal(notes.attendees()),
            text.seal(notes.selfInspectionHeard()), text.seal(notes.problems()),
            text.seal(notes.explanation()), text.seal(notes.requirements()),
            text.seal(notes.commitment()), notes.recordedAt(), talkId)
        .update();
  }

  /** The two rectification deadlines, counted from the talk (article 11). */
  public void saveDeadlines(String talkId, OffsetDateTime measuresDue, OffsetDateTime resultsDue) {
    jdbc.sql("update talk set measures_due = ?, results_due = ? where id = ?")
        .params(measuresDue, resultsDue, talkId).update();
  }

  public void saveMeasures(String talkId, Measures measures) {
    jdbc.sql("""
        update talk set reflections = ?, first_responsibility_measures = ?, other_measures = ?,
          measures_submitted_at = ?
        where id = ?""")
        .params(text.seal(measures.reflections()), text.seal(measures.firstResponsibilityMeasures()),
            text.seal(measures.otherMeasures()), measures.measuresSubmittedAt(), talkId)
        .update();
  }

  public void saveResults(String talkId, String results, OffsetDateTime submittedAt) {
    jdbc.sql("update talk set results = ?, results_submitted_at = ? where id = ?")
        .params(text.seal(results), submittedAt, talkId).update();
  }

  /** Why the office returned the measures; null once they are accepted. */
  public void returnMeasures(String talkId, String reason) {
    jdbc.sql("update talk set measures_return_reason = ? where id = ?")
        .params(text.seal(reason), talkId).update();
  }

  /** Why the office returned the results; null once they are reviewed otherwise. */
  public void returnResults(String talkId, String reason) {
    jdbc.sql("update talk set results_return_reason = ? where id = ?")
        .params(text.seal(reason), talkId).update();
  }

  /**
   * The results are reviewed: rectified, or a finding (perfunctory, false, untruthful); the talk
   * goes to the archive unless a second round of rectification was ordered.
   */
  public void reviewed(String talkId, String outcome, boolean toArchive) {
    jdbc.sql("update talk set outcome = ?, stage = ? where id = ?")
        .params(outcome, toArchive ? "ARCHIVING" : "RECTIFICATION", talkId).update();
  }

  /** A second round of rectification: the new date the results are due by. */
  public void newResultsDue(String talkId, OffsetDateTime due) {
    jdbc.sql("update talk set results_due = ? where id = ?").params(due, talkId).update();
  }

  public void saveArchiveRemark(String talkId, String remark) {
    jdbc.sql("update talk set archive_remark = ? where id = ?").params(text.seal(remark), talkId)
        .update();
  }

  public void archived(String talkId, OffsetDateTime at) {
    jdbc.sql("update talk set stage = 'ARCHIVED', ended_at = ? where id = ?").params(at, talkId).update();
  }

  /** The talk's process was deleted before the talk was archived. */
  public void cancelled(String talkId, OffsetDateTime at) {
    jdbc.sql("""
        update talk set stage = 'CANCELLED', cancelled = true, ended_at = ?
        where id = ? and stage <> 'ARCHIVED'""").params(at, talkId).update();
  }

  /** The top leader's regular talks that are started and neither archived nor cancelled, oldest first. */
  public List<Talk> openRegular(String talkeeId) {
    return jdbc.sql("select " + TALK_COLUMNS + """
         from talk
        where talk_type = 'REGULAR' and talkee_id = ? and cancelled = false
          and stage not in ('ARCHIVED', 'CANCELLED')
        order by started_at, id""")
        .param(talkeeId).query(new DataClassRowMapper<>(Talk.class)).list();
  }

  /** Marks the talk as one the office arranged in addition to an open one. */
  public void markAdditional(String talkId) {
    jdbc.sql("update talk set additional = true where id = ?").param(talkId).update();
  }

  public boolean additional(String talkId) {
    return jdbc.sql("select additional from talk where id = ?").param(talkId)
        .query(Boolean.class).optional().orElse(false);
  }

  private <T> T part(String columns, String talkId, Class<T> type) {
    return jdbc.sql("select " + columns + " from talk where id = ?").param(talkId)
        .query(text.rows(type)).single();
  }
}
