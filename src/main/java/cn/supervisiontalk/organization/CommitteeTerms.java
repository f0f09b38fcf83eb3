package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a new term of the holding committee (换届, article 5): checks it, ends the current term on
 * the day before the new one begins if it would otherwise overlap, and announces it so that every
 * current top leader is watched for coverage in the new term. Nothing is overwritten: talks held in
 * the past term stay with it.
 */
@Component
public class CommitteeTerms {

  private final CommitteeTermRepository terms;
  private final Deadlines deadlines;
  private final ApplicationEventPublisher events;

  public CommitteeTerms(CommitteeTermRepository terms, Deadlines deadlines,
      ApplicationEventPublisher events) {
    this.terms = terms;
    this.deadlines = deadlines;
    this.events = events;
  }

  /** Checks and records the term; returns it. */
  @Transactional
  public CommitteeTerm register(String committeeId, String name, LocalDate start, LocalDate end,
      String reason, String recordedBy) {
    Problems problems = new Problems();
    if (start == null) {
      problems.add("请填写有效的本届任期开始日期");
    } else if (start.isAfter(deadlines.today())) {
      problems.add("本届任期开始日期不能晚于今天:请在换届后登记");
    }
    if (end == null) {
      problems.add("请填写有效的本届任期届满日期");
    } else if (start != null && !end.isAfter(start)) {
      problems.add("本届任期届满日期应晚于开始日期");
    }
    if (name != null && name.length() > 100) {
      problems.add("届次名称不能超过100个字");
    }
    if (start != null) {
      terms.current(committeeId).ifPresent(current -> {
        if (!start.isAfter(current.termStart())) {
          problems.add("新一届任期的开始日期应晚于现任期的开始日期(" + current.termStart() + ")");
        }
      });
    }
    problems.throwIfAny();
    terms.current(committeeId).ifPresent(current -> {
      if (!current.termEnd().isBefore(start)) {
        terms.endOn(current.id(), start.minusDays(1));
      }
    });
    long id = terms.insert(committeeId, blankToNull(name), start, end, blankToNull(reason), recordedBy,
        deadlines.now());
    CommitteeTerm term = terms.findById(id).orElseThrow();
    events.publishEvent(new CommitteeTermStarted(term));
    return term;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
