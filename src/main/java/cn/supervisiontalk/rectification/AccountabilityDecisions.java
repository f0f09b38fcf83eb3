package cn.supervisiontalk.rectification;

import cn.supervisiontalk.crypto.ConfidentialText;
import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkVariables;
import cn.supervisiontalk.validation.FormValueSource;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.validation.Submission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Article 17: perfunctory or false rectification, or results not truthfully reported, are findings;
 * whether someone is held accountable for them is decided by the competent bodies (the discipline
 * commission, the organization department), who record their decision here: what, by which body,
 * when. As {@code accountabilityDecisions} in the models.
 */
@Component("accountabilityDecisions")
public class AccountabilityDecisions implements FormValueSource {

  /** A decision as kept. */
  public record Decision(String finding, String decision, String content, String decidedByBody,
      LocalDate decidedOn, String recordedBy, OffsetDateTime recordedAt) {

    public boolean accountable() {
      return "ACCOUNTABLE".equals(decision);
    }
  }

  private final JdbcClient jdbc;
  private final TalkRecords talks;
  private final AccountabilityRepository findings;
  private final Deadlines deadlines;
  /** The decision's content is encrypted when a key is set. */
  private final ConfidentialText text;

  public AccountabilityDecisions(JdbcClient jdbc, TalkRecords talks,
      AccountabilityRepository findings, Deadlines deadlines, ConfidentialText text) {
    this.jdbc = jdbc;
    this.text = text;
    this.talks = talks;
    this.findings = findings;
    this.deadlines = deadlines;
  }

  /** On completing the decision task: checks and keeps the decision. */
  public void decide(DelegateTask task) {
    Talk talk = talks.get(TalkVariables.talkId(task));
    Submission form = Submission.ofTask(task.getId());
    LocalDate decidedOn = Dates.tryParse(form.value("decidedOn"));
    if (decidedOn == null || decidedOn.isAfter(deadlines.today())) {
      throw Problems.single("请填写已作出决定的日期(不能晚于今天)。");
    }
    if (talk.talkDate() != null && decidedOn.isBefore(talk.talkDate())) {
      throw Problems.single("决定日期不能早于谈话日期" + talk.talkDate() + "。");
    }
    jdbc.sql("""
        insert into accountability_decision (talk_id, finding, decision, content, decided_by_body,
          decided_on, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(talk.id(), talk.outcome(), form.text("accountabilityDecision"),
            text.seal(form.text("decisionContent")), form.text("decidedByBody"), decidedOn,
            Actor.of(task),
            deadlines.now())
        .update();
  }

  /** A decision as the annual report lists it: with the talkee's name. */
  public record Decided(LocalDate decidedOn, String talkeeName, String finding, String decision,
      String content, String decidedByBody) {

    public boolean accountable() {
      return "ACCOUNTABLE".equals(decision);
    }
  }

  /** The decisions taken in the year (by their decision date), in date order. */
  public List<Decided> decidedIn(String committeeId, int year) {
    return jdbc.sql("""
        select d.decided_on, t.talkee_name, d.finding, d.decision, d.content, d.decided_by_body
        from accountability_decision d join talk t on t.id = d.talk_id
        where t.committee_id = ? and d.decided_on between ? and ? order by d.decided_on, d.id""")
        .params(committeeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query(text.rows(Decided.class)).list();
  }

  public List<Decision> ofTalk(String talkId) {
    return jdbc.sql("""
        select finding, decision, content, decided_by_body, decided_on, recorded_by, recorded_at
        from accountability_decision where talk_id = ? order by id""")
        .param(talkId).query(text.rows(Decision.class)).list();
  }

  /** The decision task shows the finding it is about. */
  @Override
  public Map<String, Object> values(DelegateTask task, Set<String> keys) {
    String talkId = TalkVariables.talkId(task);
    if (!keys.contains("findingText") || talkId == null) {
      return Map.of();
    }
    return findings.findByTalk(talkId).stream()
        .filter(f -> !f.kind().name().endsWith("_OVERDUE")).reduce((first, last) -> last)
        .<Map<String, Object>>map(f -> Map.of("findingText", f.detail()))
        .orElse(Map.of());
  }
}
