package cn.supervisiontalk.proposal;

import cn.supervisiontalk.crypto.ConfidentialText;
import cn.supervisiontalk.validation.FormValueSource;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A cooperating unit's proposal of a talkee (article 6), kept by the application: its reasons and
 * facts are shown to the office deciding on it and to nobody else.
 */
@Repository
public class ProposalRecords implements FormValueSource {

  /** What the proposing unit wrote. */
  public record Proposal(String id, String proposerId, String proposingUnit, String organizationId,
      String talkeeId, String triggerCode, String reasons, String facts, OffsetDateTime proposedAt) {
  }

  /** A proposal put into the annual plan of its year: whom it is about and who proposed it. */
  public record Planned(String id, String organizationId, String talkeeId, String proposingUnit) {
  }

  private final JdbcClient jdbc;
  /** The reasons, facts and the reason for declining are encrypted when a key is set. */
  private final ConfidentialText text;

  public ProposalRecords(JdbcClient jdbc, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  public void insert(Proposal proposal) {
    jdbc.sql("""
        insert into talk_proposal (id, proposer_id, proposing_unit, organization_id, talkee_id,
          trigger_code, reasons, facts, proposed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(proposal.id(), proposal.proposerId(), proposal.proposingUnit(),
            proposal.organizationId(), proposal.talkeeId(), proposal.triggerCode(),
            text.seal(proposal.reasons()), text.seal(proposal.facts()), proposal.proposedAt())
        .update();
  }

  public Proposal get(String id) {
    return jdbc.sql("""
        select id, proposer_id, proposing_unit, organization_id, talkee_id, trigger_code, reasons,
          facts, proposed_at from talk_proposal where id = ?""")
        .param(id).query(text.rows(Proposal.class)).single();
  }

  /** The office's decision; the timely talk it started, if accepted. */
  public void decided(String id, String decision, String declineReason, String decidedBy,
      OffsetDateTime at, String timelyTalkId) {
    jdbc.sql("""
        update talk_proposal set decision = ?, decline_reason = ?, decided_by = ?, decided_at = ?,
          timely_talk_id = ? where id = ?""")
        .params(decision, text.seal(declineReason), decidedBy, at, timelyTalkId, id).update();
  }

  /** The timely talk an accepted proposal started. */
  public void linkTalk(String id, String timelyTalkId) {
    jdbc.sql("update talk_proposal set timely_talk_id = ? where id = ?").params(timelyTalkId, id).update();
  }

  /** The office's decision to put the proposal into the annual plan of {@code planYear}. */
  public void planned(String id, int planYear, String decidedBy, OffsetDateTime at) {
    jdbc.sql("""
        update talk_proposal set decision = 'PLAN', plan_year = ?, decided_by = ?, decided_at = ?
        where id = ?""")
        .params(planYear, decidedBy, at, id).update();
  }

  /** The proposals put into the annual plan of that year, the earliest proposed first. */
  public List<Planned> plannedIn(int planYear) {
    return jdbc.sql("""
        select id, organization_id, talkee_id, proposing_unit from talk_proposal
        where decision = 'PLAN' and plan_year = ? order by proposed_at, id""")
        .param(planYear).query(new DataClassRowMapper<>(Planned.class)).list();
  }

  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (!"decideProposal".equals(task.getTaskDefinitionKey())) {
      return values;
    }
    Proposal proposal = get(task.getProcessInstanceId());
    if (keys.contains("reasons")) {
      values.put("reasons", proposal.reasons());
    }
    if (keys.contains("facts") && proposal.facts() != null) {
      values.put("facts", proposal.facts());
    }
    return values;
  }
}
